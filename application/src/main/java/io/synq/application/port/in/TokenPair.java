package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** What sign-in and refresh hand out: an ID token and the refresh token that replaces it. */
public record TokenPair(String idToken, String refreshToken, Duration expiresIn) {
  public TokenPair {
    requireNonNull(idToken, "idToken");
    requireNonNull(refreshToken, "refreshToken");
    requireNonNull(expiresIn, "expiresIn");
  }

  @Override
  public String toString() {
    return "TokenPair[expiresIn=" + expiresIn + "]";
  }
}
