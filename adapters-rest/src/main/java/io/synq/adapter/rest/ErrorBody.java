package io.synq.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.StatusType;
import java.io.UncheckedIOException;

/**
 * The body of every error the API answers, {@code {"error": "<Reason phrase>: <detail>"}}, laid out
 * exactly as the published documentation shows it. Public for the container integration, which
 * answers some requests (a header too large, a request too slow) before they reach the application.
 *
 * @param error the reason phrase of the status, a colon, and a detail that never quotes input
 */
public record ErrorBody(String error) {
  /** One line, with a space after the colon as in the documentation. */
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                  .withObjectIndenter(new DefaultIndenter("", "")))
          .forType(ErrorBody.class);

  /**
   * The error body for a standard status code, such as {@code {"error": "Request Timeout: ..."}}.
   *
   * @param detail must not quote request input
   */
  public static ErrorBody of(int statusCode, String detail) {
    Response.Status status = Response.Status.fromStatusCode(statusCode);
    if (status == null) {
      throw new IllegalArgumentException("no standard status " + statusCode);
    }
    return of(status, detail);
  }

  public static ErrorBody of(StatusType status, String detail) {
    return new ErrorBody(reasonPhrase(status) + ": " + detail);
  }

  /** The body as UTF-8 JSON. */
  public byte[] toJson() {
    try {
      return WRITER.writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a record of one string always serializes
    }
  }

  /** The standard phrase for the code, whatever a container put in its own status object. */
  private static String reasonPhrase(StatusType status) {
    Response.Status standard = Response.Status.fromStatusCode(status.getStatusCode());
    return standard != null ? standard.getReasonPhrase() : status.getReasonPhrase();
  }
}
