package io.synq.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.synq.adapter.rest.ErrorBody;
import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

/**
 * Grizzly's own error pages (for requests that fail in Grizzly's server layer, outside Jersey) in
 * the API's JSON error shape instead of HTML.
 */
final class JsonErrorPages implements ErrorPageGenerator {
  @Override
  public String generate(
      Request request, int status, String reasonPhrase, String description, Throwable exception) {
    request.getResponse().setContentType("application/json");
    int known = Response.Status.fromStatusCode(status) == null ? 500 : status;
    return new String(ErrorBody.of(known, "request rejected").toJson(), UTF_8);
  }
}
