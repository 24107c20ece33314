package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Verification of tokens from an external OpenID provider whose keys are published as a JWKS.
 *
 * <p>Building the verifier does not wait for the issuer: the first fetch of the JWKS runs in the
 * background, and tokens are rejected until a fetch succeeds ({@link
 * ExternalTokenVerifier#keysLoaded()} says whether one has). Each fetch is bounded by a total
 * deadline of {@link JwksLoader#FETCH_DEADLINE} and a size cap of {@link
 * JwksLoader#MAX_DOCUMENT_BYTES} bytes.
 */
public final class ExternalIssuer {
  private ExternalIssuer() {}

  /** As {@link #verifier(URI, String, String, Duration, Clock, KeyRefreshPolicy)}, by default. */
  public static ExternalTokenVerifier verifier(
      URI jwksUri, String issuer, String audience, Duration clockSkew, Clock clock) {
    return verifier(jwksUri, issuer, audience, clockSkew, clock, KeyRefreshPolicy.DEFAULT);
  }

  /**
   * @param jwksUri an http or https URL of the issuer's JWKS
   * @param issuer the exact {@code iss} required of tokens
   * @param audience the value {@code aud} must be or contain
   */
  public static ExternalTokenVerifier verifier(
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
    return verifier(new JwksLoader(jwksUri), issuer, audience, clockSkew, clock, refresh);
  }

  /** With a loader of the caller's choosing, for instance with a shorter deadline. */
  static ExternalTokenVerifier verifier(
      JwksLoader jwks,
      String issuer,
      String audience,
      Duration clockSkew,
      Clock clock,
      KeyRefreshPolicy refresh) {
    CachedKeys<VerificationKeys> keys =
        CachedKeys.empty(jwks, refresh, clock, CachedKeys.BACKGROUND);
    Jose4jTokenVerifier tokens = new Jose4jTokenVerifier(keys, issuer, audience, clockSkew, clock);
    keys.refresh();
    return new ExternalTokenVerifier(keys, tokens, jwks.endpoint());
  }
}
