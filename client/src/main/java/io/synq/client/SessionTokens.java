package io.synq.client;

import java.time.Duration;
import java.time.Instant;

/** The tokens of a signed-in session at one moment; a refresh replaces them all. */
record SessionTokens(String idToken, String refreshToken, Instant expiresAt) {
  boolean expireWithin(Duration margin, Instant now) {
    return !now.isBefore(expiresAt.minus(margin));
  }

  @Override
  public String toString() {
    return "SessionTokens[expiresAt=" + expiresAt + "]";
  }
}
