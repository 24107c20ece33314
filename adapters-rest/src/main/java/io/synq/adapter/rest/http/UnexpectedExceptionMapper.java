package io.synq.adapter.rest.http;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a bare 500 whose reference lets an operator find the logged stack trace, or, for
 * a failure that means a dependency is not answering, a 503 that tells the client when to try
 * again. Nothing of the exception reaches the caller.
 */
final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  /** What a client should wait before it tries again while a dependency is down. */
  static final int RETRY_AFTER_SECONDS = 5;

  static final String UNAVAILABLE = "a service this request needs is not answering; try again soon";

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  private final Predicate<Throwable> unavailable;

  UnexpectedExceptionMapper(Predicate<Throwable> unavailable) {
    this.unavailable = requireNonNull(unavailable, "unavailable");
  }

  @Override
  public Response toResponse(Throwable e) {
    if (unavailable.test(e)) {
      LOG.warn("A dependency is not answering: {}", e.toString());
      return ErrorResponses.builder(Response.Status.SERVICE_UNAVAILABLE, UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .build();
    }
    // The request's id, so that the caller's complaint and the logged stack trace meet.
    String reference = RequestIdFilter.current().orElseGet(() -> UUID.randomUUID().toString());
    LOG.error("Unexpected failure, reference {}", reference, e);
    return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, "reference " + reference);
  }
}
