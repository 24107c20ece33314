package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.TokenVerifier;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Verification of tokens from an external OpenID provider whose keys are published as a JWKS.
 *
 * <p>The JWKS is fetched once when the verifier is built; an unreachable issuer is logged and does
 * not prevent start-up (tokens are rejected until a later fetch succeeds).
 */
public final class ExternalIssuer {
  private ExternalIssuer() {}

  /** As {@link #verifier(URI, String, String, Duration, Clock, KeyRefreshPolicy)}, by default. */
  public static TokenVerifier verifier(
      URI jwksUri, String issuer, String audience, Duration clockSkew, Clock clock) {
    return verifier(jwksUri, issuer, audience, clockSkew, clock, KeyRefreshPolicy.DEFAULT);
  }

  /**
   * @param jwksUri an http or https URL of the issuer's JWKS
   * @param issuer the exact {@code iss} required of tokens
   * @param audience the value {@code aud} must be or contain
   */
  public static TokenVerifier verifier(
      URI jwksUri,
      String issuer,
      String audience,
      Duration clockSkew,
      Clock clock,
      KeyRefreshPolicy refresh) {
    requireNonNull(jwksUri, "jwksUri");
    if (!"https".equalsIgnoreCase(jwksUri.getScheme())
        && !"http".equalsIgnoreCase(jwksUri.getScheme())) {
      throw new IllegalArgumentException("jwksUri must be an http or https URL");
    }
    CachedKeys keys = CachedKeys.load(new JwksLoader(jwksUri), refresh, clock);
    return new Jose4jTokenVerifier(keys, issuer, audience, clockSkew, clock);
  }
}
