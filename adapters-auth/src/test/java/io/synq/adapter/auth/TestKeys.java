package io.synq.adapter.auth;

import java.util.Arrays;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/** Keys generated once per test run: RSA key generation is slow. */
final class TestKeys {
  static final RsaJsonWebKey PRIMARY = rsa(2048, "primary");
  static final RsaJsonWebKey SECONDARY = rsa(2048, "secondary");
  static final RsaJsonWebKey ATTACKER = rsa(2048, "attacker");
  static final RsaJsonWebKey WEAK = rsa(1024, "weak");
  static final EllipticCurveJsonWebKey EC = ec("ec");

  private TestKeys() {}

  /** A key source holding the public halves of these keys, under their key ids. */
  static KeySource trusting(RsaJsonWebKey... keys) {
    return new VerificationKeys(
            Arrays.stream(keys)
                .map(key -> new VerificationKey(key.getKeyId(), key.getRsaPublicKey()))
                .toList())
        ::find;
  }

  private static RsaJsonWebKey rsa(int bits, String keyId) {
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(bits);
      key.setKeyId(keyId);
      return key;
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EllipticCurveJsonWebKey ec(String keyId) {
    try {
      EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
      key.setKeyId(keyId);
      return key;
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
