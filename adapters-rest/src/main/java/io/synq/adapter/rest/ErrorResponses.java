package io.synq.adapter.rest;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.StatusType;

/**
 * Builds every error response of the API: {@code {"error": "<Reason phrase>: <detail>"}} as {@code
 * application/json}, laid out exactly as the published documentation shows it. Public for the
 * container integration, which answers some requests (a header too large, a request too slow)
 * before they reach the application.
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  static Response of(StatusType status, String detail) {
    return builder(status, detail).build();
  }

  static Response.ResponseBuilder builder(StatusType status, String detail) {
    // Bytes rather than a String, so that no container guesses a charset: JSON is UTF-8.
    return Response.status(status.getStatusCode())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body(status, detail).getBytes(UTF_8));
  }

  /**
   * The error body for a status code, such as {@code {"error": "Request Timeout: ..."}}.
   *
   * @param detail must not quote request input
   */
  public static String body(int statusCode, String detail) {
    Response.Status status = Response.Status.fromStatusCode(statusCode);
    if (status == null) {
      throw new IllegalArgumentException("no standard status " + statusCode);
    }
    return body(status, detail);
  }

  static String body(StatusType status, String detail) {
    String message = reasonPhrase(status) + ": " + detail;
    return "{\"error\": \""
        + new String(JsonStringEncoder.getInstance().quoteAsString(message))
        + "\"}";
  }

  /** The standard phrase for the code, whatever a container put in its own status object. */
  private static String reasonPhrase(StatusType status) {
    Response.Status standard = Response.Status.fromStatusCode(status.getStatusCode());
    return standard != null ? standard.getReasonPhrase() : status.getReasonPhrase();
  }
}
