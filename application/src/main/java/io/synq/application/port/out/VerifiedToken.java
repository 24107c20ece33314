package io.synq.application.port.out;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The claims of a token whose signature, algorithm, issuer, audience and lifetime have been
 * checked, {@code iss} (a String) and {@code exp} (a Number of seconds) among them. Claim values
 * are as parsed from JSON: String, Number, Boolean, List, Map, or null.
 */
public record VerifiedToken(String subject, Map<String, Object> claims) {
  public VerifiedToken {
    requireNonNull(subject, "subject");
    claims = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(claims));
  }

  public Object claim(String name) {
    return claims.get(name);
  }
}
