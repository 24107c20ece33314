package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What the embedded issuer puts in a token: the subject, the Synq claims and how long it lives.
 *
 * @param ttl between 1 second and 1 hour (3600 seconds), the longest lifetime the verifier accepts
 */
public record TokenRequest(
    String subject, String tenant, String organization, String role, Duration ttl) {
  public static final Duration MIN_TTL = Duration.ofSeconds(1);
  public static final Duration MAX_TTL = MaxLifetimeValidator.MAX_LIFETIME;

  public TokenRequest {
    requireNonBlank(subject, "subject");
    requireNonBlank(tenant, "tenant");
    requireNonBlank(organization, "organization");
    requireNonBlank(role, "role");
    requireNonNull(ttl, "ttl");
    if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException(
          "ttl must be between "
              + MIN_TTL.toSeconds()
              + " and "
              + MAX_TTL.toSeconds()
              + " seconds, was "
              + ttl.toSeconds());
    }
  }

  private static void requireNonBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
