package io.synq.adapter.auth;

import static io.synq.adapter.auth.Rejections.assertRejected;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.synq.application.port.out.TokenVerifier;
import java.time.Instant;
import java.util.Base64;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenFormatTest {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private final TokenVerifier verifier =
      TestToken.verifierAt(NOW, TestKeys.trusting(TestKeys.PRIMARY));

  @ParameterizedTest
  @NullAndEmptySource
  void rejects_a_missing_token(String token) {
    assertRejected(verifier, token, "empty token");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "abc.def",
        "abc.def.",
        ".def.ghi",
        "abc..ghi",
        "abc.def.ghi.jkl",
        "abc.def.ghi.jkl.mno.pqr",
        "abc.def.ghi ",
        "abc.d+f.ghi",
        "abc.def.ghi=",
        "Bearer abc.def.ghi"
      })
  void rejects_anything_but_three_base64url_parts(String token) {
    assertRejected(verifier, token, "malformed token");
  }

  @Test
  void rejects_a_token_longer_than_8_kib_before_parsing_it() {
    String padding = "a".repeat(TokenShape.MAX_LENGTH - "a.b.".length());
    assertRejected(verifier, "a.b." + padding, "malformed token");
    assertRejected(verifier, "a.b." + padding + "a", "token too long");
  }

  @Test
  void rejects_a_properly_signed_token_that_is_too_long() {
    String token = TestToken.validAt(NOW).claim("padding", "x".repeat(7000)).build();

    assertRejected(verifier, token, "token too long");
  }

  @Test
  void rejects_a_payload_that_is_not_json() {
    String header = base64Url("{\"alg\":\"RS256\",\"kid\":\"primary\"}");

    assertRejected(verifier, header + "." + base64Url("not json") + ".c2ln", "malformed token");
    assertRejected(verifier, header + "." + base64Url("[1,2]") + ".c2ln", "malformed token");
  }

  @Test
  void rejects_a_header_that_is_not_json() {
    String payload = base64Url("{\"sub\":\"user-1\"}");

    assertRejected(verifier, base64Url("alg RS256") + "." + payload + ".c2ln", "malformed token");
  }

  @Test
  void rejects_an_encrypted_token_where_a_signed_one_is_expected() throws JoseException {
    JsonWebEncryption jwe = new JsonWebEncryption();
    jwe.setAlgorithmHeaderValue(KeyManagementAlgorithmIdentifiers.RSA_OAEP_256);
    jwe.setEncryptionMethodHeaderParameter(ContentEncryptionAlgorithmIdentifiers.AES_128_GCM);
    jwe.setKey(TestKeys.PRIMARY.getRsaPublicKey());
    jwe.setKeyIdHeaderValue("primary");
    jwe.setPayload(TestToken.validAt(NOW).build());

    assertRejected(verifier, jwe.getCompactSerialization(), "encrypted token (JWE) not accepted");
  }

  private static String base64Url(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(UTF_8));
  }
}
