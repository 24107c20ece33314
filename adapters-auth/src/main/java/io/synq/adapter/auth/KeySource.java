package io.synq.adapter.auth;

import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/** Where the verifier gets the public keys it trusts: never from the token itself. */
@FunctionalInterface
interface KeySource {
  /**
   * @param keyId the token's {@code kid} header, or null when it has none: then only a source with
   *     exactly one key can answer
   */
  Optional<RSAPublicKey> find(String keyId);

  /**
   * Whether {@link #find} would answer this very key for this key id now. A source that loads keys
   * answers from the keys it holds: never looking further for an unknown key id, nor waiting for a
   * load, so that a verified-token cache can ask on every hit.
   */
  default boolean trusts(String keyId, RSAPublicKey key) {
    return find(keyId).filter(found -> VerificationKey.sameKey(found, key)).isPresent();
  }
}
