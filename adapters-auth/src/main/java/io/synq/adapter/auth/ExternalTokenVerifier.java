package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;

/**
 * Verifies an external issuer's tokens with the keys of its JWKS, which load in the background, and
 * says whether it has any yet.
 */
public final class ExternalTokenVerifier implements TokenVerifier {
  private final CachedKeys<VerificationKeys> keys;
  private final TokenVerifier tokens;
  private final String jwksEndpoint;

  ExternalTokenVerifier(CachedKeys<VerificationKeys> keys, TokenVerifier tokens, String jwks) {
    this.keys = requireNonNull(keys, "keys");
    this.tokens = requireNonNull(tokens, "tokens");
    this.jwksEndpoint = requireNonNull(jwks, "jwks");
  }

  @Override
  public VerifiedToken verify(String token) {
    return tokens.verify(token);
  }

  /**
   * Whether a key set has ever been loaded from the JWKS; until then every token is rejected (as
   * signed by an unknown key). Asking while none has also retries a failed first load, at most once
   * per the refresh policy's {@code minInterval}, so readiness probes keep trying.
   */
  public boolean keysLoaded() {
    return keys.loadedOnce();
  }

  CachedKeys<VerificationKeys> keys() {
    return keys;
  }

  TokenVerifier tokens() {
    return tokens;
  }

  /**
   * The JWKS endpoint as logs may name it: scheme, host, port and path, never user info or query.
   */
  public String jwksEndpoint() {
    return jwksEndpoint;
  }
}
