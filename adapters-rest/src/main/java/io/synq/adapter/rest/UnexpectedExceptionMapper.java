package io.synq.adapter.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a bare 500 whose reference lets an operator find the logged stack trace. Nothing
 * of the exception reaches the caller.
 */
final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Override
  public Response toResponse(Throwable e) {
    String reference = UUID.randomUUID().toString();
    LOG.error("Unexpected failure, reference {}", reference, e);
    return ErrorResponses.of(Response.Status.INTERNAL_SERVER_ERROR, "reference " + reference);
  }
}
