package io.synq.client;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends requests with the token source's bearer token. On a 401 the source gets one chance to renew
 * the token and the request is retried once with it: never a loop.
 */
final class AuthorizedCalls {
  private final JsonHttp http;
  private final TokenSource tokens;

  AuthorizedCalls(JsonHttp http, TokenSource tokens) {
    this.http = http;
    this.tokens = tokens;
  }

  /**
   * @param request a fresh builder per call, since a retry needs the request again with another
   *     token
   */
  HttpResponse<byte[]> send(Supplier<HttpRequest.Builder> request) {
    String token = tokens.token();
    HttpResponse<byte[]> response = http.send(withBearer(request.get(), token));
    if (response.statusCode() != 401) {
      return response;
    }
    Optional<String> renewed = tokens.renewAfterRejection(token);
    return renewed.isPresent() ? http.send(withBearer(request.get(), renewed.get())) : response;
  }

  private static HttpRequest withBearer(HttpRequest.Builder request, String token) {
    return request.header("Authorization", "Bearer " + token).build();
  }
}
