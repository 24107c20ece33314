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
}
