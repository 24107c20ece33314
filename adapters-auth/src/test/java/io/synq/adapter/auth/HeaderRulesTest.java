package io.synq.adapter.auth;

import static io.synq.adapter.auth.Rejections.assertRejected;

import io.synq.application.port.out.TokenVerifier;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Keys come from the configured source only; the token cannot name its own. */
class HeaderRulesTest {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private final TokenVerifier verifier =
      TestToken.verifierAt(NOW, TestKeys.trusting(TestKeys.PRIMARY));

  static Stream<Arguments> keyPointers() {
    return Stream.of(
        Arguments.of("jku", "https://evil.example/jwks.json"),
        Arguments.of("x5u", "https://evil.example/cert.pem"),
        Arguments.of("x5c", List.of("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")),
        Arguments.of("jwk", TestKeys.ATTACKER.toParams(OutputControlLevel.PUBLIC_ONLY)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyPointers")
  void rejects_a_trustedly_signed_token_that_points_at_a_key(String header, Object value) {
    String token = TestToken.validAt(NOW).header(header, value).build();

    assertRejected(verifier, token, "token header points at a key");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyPointers")
  void rejects_an_attacker_signed_token_that_points_at_the_attackers_key(
      String header, Object value) {
    TestToken token =
        TestToken.validAt(NOW).signedWith(TestKeys.ATTACKER).withoutKeyId().header(header, value);

    assertRejected(verifier, token.build(), "token header points at a key");
  }

  @Test
  void rejects_an_attacker_signed_token_without_key_pointers() {
    TestToken token = TestToken.validAt(NOW).signedWith(TestKeys.ATTACKER);

    assertRejected(verifier, token.build(), "unknown signing key");
    assertRejected(verifier, token.header("kid", "primary").build(), "bad signature");
  }

  @Test
  void rejects_any_critical_header() {
    assertRejected(
        verifier,
        TestToken.validAt(NOW).header("crit", List.of("exp")).header("exp", 1).build(),
        "unknown critical header");
    assertRejected(
        verifier,
        TestToken.validAt(NOW).header("crit", List.of("b64")).header("b64", true).build(),
        "unknown critical header");
  }

  @Test
  void rejects_a_nested_token() throws JoseException {
    JsonWebSignature outer = new JsonWebSignature();
    outer.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    outer.setKeyIdHeaderValue("primary");
    outer.setContentTypeHeaderValue("JWT");
    outer.setPayload(TestToken.validAt(NOW).build());
    outer.setKey(TestKeys.PRIMARY.getPrivateKey());

    assertRejected(verifier, outer.getCompactSerialization(), "nested token not accepted");
  }
}
