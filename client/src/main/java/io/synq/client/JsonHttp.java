package io.synq.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * JSON over {@link HttpClient} against one base URI: builds requests, sends them, reads 2xx bodies
 * and turns every other status into a {@link SynqApiException}. Knows nothing of tokens.
 */
final class JsonHttp {
  private static final String JSON = "application/json";

  private final HttpClient client;
  private final String baseUri;
  private final Duration requestTimeout;
  private final ObjectMapper mapper;

  JsonHttp(HttpClient client, URI baseUri, Duration requestTimeout, ObjectMapper mapper) {
    this.client = client;
    this.baseUri = baseUri.toString().replaceAll("/+$", "");
    this.requestTimeout = requestTimeout;
    this.mapper = mapper;
  }

  /** A request to {@code path} (starting with {@code /}, query included). */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUri + path))
        .timeout(requestTimeout)
        .header("Accept", JSON);
  }

  /** A request with a JSON body. */
  HttpRequest.Builder request(String method, String path, Object body) {
    return request(path)
        .header("Content-Type", JSON)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(write(body)));
  }

  /**
   * @throws UncheckedIOException on a network failure or timeout ({@link
   *     java.net.http.HttpTimeoutException}), or an interruption ({@link InterruptedIOException},
   *     with the thread's interrupt flag restored)
   */
  HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(
          request.method() + " " + request.uri().getPath() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(
          new InterruptedIOException("interrupted while waiting for the Synq API"));
    }
  }

  /** The body of a successful answer as {@code type}. */
  <T> T read(HttpResponse<byte[]> response, Class<T> type) {
    requireSuccess(response);
    try {
      return mapper.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException("unexpected answer from the Synq API", e);
    }
  }

  /**
   * @throws SynqApiException unless the status is 2xx
   */
  void requireSuccess(HttpResponse<byte[]> response) {
    if (response.statusCode() / 100 != 2) {
      throw ApiErrors.from(response, mapper);
    }
  }

  private byte[] write(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + body.getClass().getSimpleName(), e);
    }
  }
}
