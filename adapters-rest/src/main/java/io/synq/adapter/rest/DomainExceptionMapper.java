package io.synq.adapter.rest;

import io.synq.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps each kind of domain failure to its status; the message is safe to show, by contract. */
final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionMapper.class);

  @Override
  public Response toResponse(DomainException e) {
    return switch (e.kind()) {
      case INVALID -> ErrorResponses.of(Status.BAD_REQUEST, e.getMessage());
      case UNAUTHENTICATED -> unauthenticated(e);
      case FORBIDDEN -> ErrorResponses.of(Status.FORBIDDEN, e.getMessage());
      case NOT_FOUND -> ErrorResponses.of(Status.NOT_FOUND, e.getMessage());
      case CONFLICT -> ErrorResponses.of(Status.CONFLICT, e.getMessage());
      case STALE -> ErrorResponses.of(Status.PRECONDITION_FAILED, e.getMessage());
    };
  }

  /** The reason stays in the log (never the token): the caller gets the documented body only. */
  private static Response unauthenticated(DomainException e) {
    LOG.debug("Rejected bearer credentials: {}", e.getMessage());
    return BearerChallenge.INVALID_TOKEN.response();
  }
}
