package io.synq.adapter.rest.http;

import io.synq.adapter.rest.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.StatusType;

/** JAX-RS responses that carry an {@link ErrorBody}. */
final class ErrorResponses {
  private ErrorResponses() {}

  static Response of(StatusType status, String detail) {
    return builder(status, detail).build();
  }

  static Response.ResponseBuilder builder(StatusType status, String detail) {
    // Bytes rather than an object, so that no container guesses a charset or a writer: JSON is
    // UTF-8.
    return Response.status(status.getStatusCode())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorBody.of(status, detail).toJson());
  }
}
