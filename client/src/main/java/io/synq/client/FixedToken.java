package io.synq.client;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/** A token that never changes: when the server rejects it, the caller gets the 401. */
final class FixedToken implements TokenSource {
  static final String VARIABLE = "SYNQ_TOKEN";

  private final String token;

  FixedToken(String token) {
    requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.token = token.strip();
  }

  static FixedToken fromEnvironment(Map<String, String> environment) {
    String value = environment.get(VARIABLE);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          VARIABLE + " is not set: export the ID token you signed in for as " + VARIABLE);
    }
    return new FixedToken(value);
  }

  @Override
  public String token() {
    return token;
  }

  @Override
  public String toString() {
    return "FixedToken[token=<hidden>]";
  }
}
