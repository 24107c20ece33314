package io.synq.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** The account endpoints: sign in, refresh (which rotates the refresh token) and sign out. */
final class AuthApi {
  private final JsonHttp http;
  private final ObjectMapper mapper;
  private final Clock clock;

  AuthApi(JsonHttp http, ObjectMapper mapper, Clock clock) {
    this.http = http;
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * @throws SynqUnauthorizedException for a wrong email or password
   */
  SessionTokens login(String email, String password) {
    return tokens(post("/api/v1/auth/login", Map.of("email", email, "password", password)));
  }

  /**
   * @throws SynqUnauthorizedException when the refresh token is used, revoked or expired
   */
  SessionTokens refresh(String refreshToken) {
    return tokens(post("/api/v1/auth/refresh", Map.of("refresh_token", refreshToken)));
  }

  void logout(String refreshToken) {
    http.requireSuccess(post("/api/v1/auth/logout", Map.of("refresh_token", refreshToken)));
  }

  private HttpResponse<byte[]> post(String path, Map<String, String> body) {
    return http.send(http.request("POST", path, body).build());
  }

  private SessionTokens tokens(HttpResponse<byte[]> response) {
    Instant received = clock.instant();
    TokenResponse answer = http.read(response, TokenResponse.class);
    if (answer.idToken() == null || answer.refreshToken() == null) {
      throw new UncheckedIOException(
          new IOException("the Synq API answered without id_token or refresh_token"));
    }
    Instant expiresAt =
        JwtExpiry.of(answer.idToken(), mapper)
            .orElseGet(() -> received.plusSeconds(answer.expiresIn()));
    return new SessionTokens(answer.idToken(), answer.refreshToken(), expiresAt);
  }

  /** The body of a sign-in or refresh answer. */
  record TokenResponse(String idToken, String refreshToken, String tokenType, long expiresIn) {
    @Override
    public String toString() {
      return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
  }
}
