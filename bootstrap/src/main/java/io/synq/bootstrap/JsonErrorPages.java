package io.synq.bootstrap;

import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;

/**
 * Grizzly's own error pages (for requests that never reach Jersey, such as a malformed request
 * line) in the API's JSON error shape instead of HTML.
 */
final class JsonErrorPages implements ErrorPageGenerator {
  @Override
  public String generate(
      Request request, int status, String reasonPhrase, String description, Throwable exception) {
    request.getResponse().setContentType("application/json");
    String reason = reasonPhrase == null || reasonPhrase.isBlank() ? "Error" : reasonPhrase;
    return "{\"error\": \"" + reason.replaceAll("[^A-Za-z0-9 -]", "") + ": request rejected\"}";
  }
}
