package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.TokenVerifier;
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

  /** Whether a key set can be fetched from this URI: an absolute http or https URL. */
  public static boolean isJwksUri(URI uri) {
    return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
        && uri.getHost() != null;
  }

  /** As {@link #verifier(URI, String, String, Duration, Clock, KeyRefreshPolicy)}, by default. */
  public static ExternalTokenVerifier verifier(
      URI jwksUri, String issuer, String audience, Duration clockSkew, Clock clock) {
    return verifier(jwksUri, issuer, audience, clockSkew, clock, KeyRefreshPolicy.DEFAULT);
  }

  /**
   * As {@link #verifier(URI, String, String, Duration, Clock, KeyRefreshPolicy, TokenCacheSize)},
   * with the default token cache.
   */
  public static ExternalTokenVerifier verifier(
      URI jwksUri,
      String issuer,
      String audience,
      Duration clockSkew,
      Clock clock,
      KeyRefreshPolicy refresh) {
    return verifier(
        jwksUri, issuer, audience, clockSkew, clock, refresh, TokenCacheSize.defaultForThisHeap());
  }

  /**
   * @param jwksUri an http or https URL of the issuer's JWKS
   * @param issuer the exact {@code iss} required of tokens
   * @param audience the value {@code aud} must be or contain
   * @param tokenCache how many verified tokens it remembers; one whose key leaves the JWKS stops
   *     being accepted once the keys are reloaded, as any other
   */
  public static ExternalTokenVerifier verifier(
      URI jwksUri,
      String issuer,
      String audience,
      Duration clockSkew,
      Clock clock,
      KeyRefreshPolicy refresh,
      TokenCacheSize tokenCache) {
    requireNonNull(jwksUri, "jwksUri");
    if (!isJwksUri(jwksUri)) {
      throw new IllegalArgumentException("jwksUri must be an absolute http or https URL");
    }
    return verifier(
        new JwksLoader(jwksUri), issuer, audience, clockSkew, clock, refresh, tokenCache);
  }

  /** With a loader of the caller's choosing, for instance with a shorter deadline. */
  static ExternalTokenVerifier verifier(
      JwksLoader jwks,
      String issuer,
      String audience,
      Duration clockSkew,
      Clock clock,
      KeyRefreshPolicy refresh) {
    return verifier(
        jwks, issuer, audience, clockSkew, clock, refresh, TokenCacheSize.defaultForThisHeap());
  }

  private static ExternalTokenVerifier verifier(
      JwksLoader jwks,
      String issuer,
      String audience,
      Duration clockSkew,
      Clock clock,
      KeyRefreshPolicy refresh,
      TokenCacheSize tokenCache) {
    requireNonNull(tokenCache, "tokenCache");
    CachedKeys<VerificationKeys> keys =
        CachedKeys.empty(jwks, refresh, clock, CachedKeys.BACKGROUND);
    TokenVerifier tokens =
        CachingTokenVerifier.around(
            new Jose4jTokenVerifier(keys, issuer, audience, clockSkew, clock),
            keys,
            clock,
            tokenCache);
    keys.refresh();
    return new ExternalTokenVerifier(keys, tokens, jwks.endpoint());
  }
}
