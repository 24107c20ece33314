package io.synq.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Turns an error answer into the exception that names it. */
final class ApiErrors {
  private ApiErrors() {}

  static SynqApiException from(HttpResponse<byte[]> response, ObjectMapper mapper) {
    int status = response.statusCode();
    String error = errorText(response.body(), mapper).orElse("HTTP " + status);
    return switch (status) {
      case 401 -> new SynqUnauthorizedException(error);
      case 403 -> new SynqForbiddenException(error);
      case 429 -> new SynqThrottledException(error, retryAfter(response));
      default -> new SynqApiException(status, error);
    };
  }

  private static Optional<String> errorText(byte[] body, ObjectMapper mapper) {
    try {
      JsonNode error = mapper.readTree(body).path("error");
      return error.isTextual() ? Optional.of(error.asText()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Delta-seconds only: the form the Synq server sends. */
  private static Optional<Duration> retryAfter(HttpResponse<byte[]> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(String::strip)
        .filter(value -> value.matches("[0-9]{1,9}"))
        .map(value -> Duration.ofSeconds(Long.parseLong(value)));
  }
}
