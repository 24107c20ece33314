package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.security.interfaces.RSAPublicKey;

/** A trusted RS256 public key and its key id (null when the issuer published none). */
record VerificationKey(String keyId, RSAPublicKey key) {
  static final int MIN_RSA_BITS = 2048;

  VerificationKey {
    requireNonNull(key, "key");
    if (!isStrongEnough(key)) {
      throw new IllegalArgumentException("RSA keys must have at least " + MIN_RSA_BITS + " bits");
    }
  }

  /** The same public key: the same modulus and exponent, whichever object holds them. */
  static boolean sameKey(RSAPublicKey one, RSAPublicKey other) {
    return one == other
        || (one.getModulus().equals(other.getModulus())
            && one.getPublicExponent().equals(other.getPublicExponent()));
  }

  static boolean isStrongEnough(RSAPublicKey key) {
    return key.getModulus().bitLength() >= MIN_RSA_BITS;
  }
}
