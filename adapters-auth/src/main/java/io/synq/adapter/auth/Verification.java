package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.VerifiedToken;
import java.security.interfaces.RSAPublicKey;

/**
 * A token that has verified in full, with what decides whether it would verify again: the key that
 * verified it, and the seconds between which its times ({@code iat}, {@code nbf}, {@code exp}, with
 * the allowed clock skew) let it.
 *
 * @param keyId the token's {@code kid} header, null when it has none
 * @param key the trusted key that verified the signature
 * @param fromSecond the first epoch second at which it verifies: the later of {@code iat} and
 *     {@code nbf}, less the skew
 * @param untilSecond the first epoch second at which it no longer does: {@code exp} plus the skew
 */
record Verification(
    VerifiedToken token, String keyId, RSAPublicKey key, long fromSecond, long untilSecond) {
  Verification {
    requireNonNull(token, "token");
    requireNonNull(key, "key");
  }

  /** Whether its times let it verify at this epoch second, as jose4j judges them. */
  boolean timelyAt(long epochSecond) {
    return epochSecond >= fromSecond && epochSecond < untilSecond;
  }
}
