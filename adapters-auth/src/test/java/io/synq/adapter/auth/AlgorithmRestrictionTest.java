package io.synq.adapter.auth;

import static io.synq.adapter.auth.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.out.TokenVerifier;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.stream.Stream;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RS256 and nothing else, whatever key the token is signed with. */
class AlgorithmRestrictionTest {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private final TokenVerifier verifier =
      TestToken.verifierAt(NOW, TestKeys.trusting(TestKeys.PRIMARY));

  @Test
  void accepts_rs256() {
    assertThat(verifier.verify(TestToken.validAt(NOW).build()).subject())
        .isEqualTo(TestToken.SUBJECT);
  }

  static Stream<Arguments> otherAlgorithms() {
    Key secret = new HmacKey(randomBytes(64));
    Key rsaPrivate = TestKeys.PRIMARY.getPrivateKey();
    return Stream.of(
        Arguments.of(AlgorithmIdentifiers.HMAC_SHA256, secret),
        Arguments.of(AlgorithmIdentifiers.HMAC_SHA384, secret),
        Arguments.of(AlgorithmIdentifiers.HMAC_SHA512, secret),
        Arguments.of(AlgorithmIdentifiers.RSA_USING_SHA384, rsaPrivate),
        Arguments.of(AlgorithmIdentifiers.RSA_USING_SHA512, rsaPrivate),
        Arguments.of(AlgorithmIdentifiers.RSA_PSS_USING_SHA256, rsaPrivate),
        Arguments.of(
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, TestKeys.EC.getPrivateKey()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherAlgorithms")
  void rejects_every_other_algorithm(String algorithm, Key key) {
    String token = TestToken.validAt(NOW).signedWith(algorithm, key).build();

    assertRejected(verifier, token, "algorithm not allowed");
  }

  @Test
  void rejects_hs256_keyed_with_the_trusted_rsa_public_key() {
    HmacKey publicKeyAsSecret = new HmacKey(TestKeys.PRIMARY.getRsaPublicKey().getEncoded());
    String token =
        TestToken.validAt(NOW)
            .signedWith(AlgorithmIdentifiers.HMAC_SHA256, publicKeyAsSecret)
            .build();

    assertRejected(verifier, token, "algorithm not allowed");
  }

  @Test
  void rejects_an_unsigned_token() {
    String unsigned = TestToken.validAt(NOW).signedWith(AlgorithmIdentifiers.NONE, null).build();

    assertRejected(verifier, unsigned, "malformed token");
    assertRejected(verifier, unsigned + "c2lnbmF0dXJl", "algorithm not allowed");
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
