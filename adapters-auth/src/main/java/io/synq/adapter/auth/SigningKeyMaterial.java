package io.synq.adapter.auth;

import io.synq.application.port.out.StoredSigningKey;
import java.time.Instant;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * The embedded issuer's serialization of a signing key: the private RSA JWK as jose4j writes it.
 */
final class SigningKeyMaterial {
  static final int KEY_BITS = 2048;

  private SigningKeyMaterial() {}

  /** A new RSA key pair with a random key id, ready to store. */
  static StoredSigningKey generate(Instant now) {
    try {
      RsaJsonWebKey jwk = RsaJwkGenerator.generateJwk(KEY_BITS);
      jwk.setKeyId(UUID.randomUUID().toString());
      jwk.setUse(Use.SIGNATURE);
      jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
      return new StoredSigningKey(
          jwk.getKeyId(), jwk.toJson(OutputControlLevel.INCLUDE_PRIVATE), now);
    } catch (JoseException e) {
      throw new IllegalStateException("could not generate an RSA signing key", e);
    }
  }

  /**
   * The stored key pair, with the stored key id.
   *
   * @throws IllegalStateException when the material is not an RSA private JWK of at least {@link
   *     VerificationKey#MIN_RSA_BITS} bits; the message names the key id only, never the material
   */
  static RsaJsonWebKey parse(StoredSigningKey stored) {
    RsaJsonWebKey jwk = parseJwk(stored);
    if (jwk == null
        || jwk.getPrivateKey() == null
        || !VerificationKey.isStrongEnough(jwk.getRsaPublicKey())) {
      throw new IllegalStateException(
          "stored signing key "
              + stored.keyId()
              + " is not an RSA private JWK of "
              + VerificationKey.MIN_RSA_BITS
              + "+ bits");
    }
    jwk.setKeyId(stored.keyId());
    return jwk;
  }

  private static RsaJsonWebKey parseJwk(StoredSigningKey stored) {
    try {
      return JsonWebKey.Factory.newJwk(stored.material()) instanceof RsaJsonWebKey rsa ? rsa : null;
    } catch (JoseException | RuntimeException e) {
      // The parser's message may quote the material, so it is dropped.
      return null;
    }
  }
}
