package io.synq.bootstrap;

import io.synq.adapter.rest.ErrorBody;
import java.io.IOException;
import org.glassfish.grizzly.http.server.Response;

/**
 * An error in the API's JSON shape, written on a Grizzly response by our own handlers, where the
 * REST adapter's exception mappers are not in play. Never cached.
 */
final class JsonErrorResponse {
  private JsonErrorResponse() {}

  static void write(Response response, int status, String detail) throws IOException {
    byte[] body = ErrorBody.of(status, detail).toJson();
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
