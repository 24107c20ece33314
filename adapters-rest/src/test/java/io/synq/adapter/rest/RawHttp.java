package io.synq.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain HTTP/1.1 to a server under test, so that headers are exactly what a test says, and the
 * check that an error response has the API's one shape.
 */
public final class RawHttp {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(409, "Conflict"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(413, "Request Entity Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  private final URI base;

  public RawHttp(URI base) {
    this.base = base;
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return request.header("Authorization", "Bearer " + token);
  }

  /**
   * Checks the status and that the body is JSON of exactly {@code {"error": "<Reason>: <detail>"}}
   * with no trace of a Java exception.
   *
   * @return the error message
   */
  public static String assertError(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = json(response);
    assertThat(fieldNames(body)).containsExactly("error");
    String message = body.get("error").asText();
    assertThat(message).startsWith(REASONS.get(status) + ": ").doesNotContain("Exception");
    return message;
  }

  /** The body, after checking that it is declared JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    return parse(response.body());
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  public static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
