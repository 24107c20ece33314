package io.synq.adapter.rest.http;

import io.synq.domain.DomainException;
import io.synq.domain.RetryLaterException;
import io.synq.domain.access.PermissionDeniedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps each kind of domain failure to its status; the message is safe to show, by contract. */
final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionMapper.class);

  private final ApiMetrics metrics;

  DomainExceptionMapper(ApiMetrics metrics) {
    this.metrics = metrics;
  }

  /** Every refusal passes here, wherever it was decided: the one place to count them. */
  @Override
  public Response toResponse(DomainException e) {
    if (e instanceof PermissionDeniedException denied) {
      metrics.refused(denied.permission());
    }
    return switch (e.kind()) {
      case INVALID -> ErrorResponses.of(Status.BAD_REQUEST, e.getMessage());
      case UNAUTHENTICATED -> unauthenticated(e);
      // No WWW-Authenticate: sign-in and refresh are public calls with their credentials in the
      // body, not requests for a protected resource (RFC 6750 section 3), and a Bearer challenge
      // would tell the client that a token could help, which it cannot.
      case BAD_CREDENTIALS -> ErrorResponses.of(Status.UNAUTHORIZED, e.getMessage());
      case FORBIDDEN -> ErrorResponses.of(Status.FORBIDDEN, e.getMessage());
      case NOT_FOUND -> ErrorResponses.of(Status.NOT_FOUND, e.getMessage());
      case CONFLICT -> ErrorResponses.of(Status.CONFLICT, e.getMessage());
      case STALE -> ErrorResponses.of(Status.PRECONDITION_FAILED, e.getMessage());
      case THROTTLED -> retryLater(Status.TOO_MANY_REQUESTS, e);
      case UNAVAILABLE -> retryLater(Status.SERVICE_UNAVAILABLE, e);
    };
  }

  /** The reason stays in the log (never the token): the caller gets the documented body only. */
  private static Response unauthenticated(DomainException e) {
    LOG.debug("Rejected bearer credentials: {}", e.getMessage());
    return BearerChallenge.INVALID_TOKEN.response();
  }

  /** A refusal the caller may retry: with {@code Retry-After} when the exception says when. */
  private static Response retryLater(Status status, DomainException e) {
    Response.ResponseBuilder response = ErrorResponses.builder(status, e.getMessage());
    if (e instanceof RetryLaterException retry) {
      response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(retry.retryAfter()));
    }
    return response.build();
  }

  /**
   * Whole seconds, rounded up so that a client that waits as told is not refused again; at least
   * one, so that none retries at once.
   */
  static long retryAfterSeconds(Duration wait) {
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
