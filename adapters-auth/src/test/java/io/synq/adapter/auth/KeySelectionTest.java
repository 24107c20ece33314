package io.synq.adapter.auth;

import static io.synq.adapter.auth.Acceptances.assertAccepted;
import static io.synq.adapter.auth.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.TokenVerifier;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The token's kid picks a key from the source; without a kid, only a lone key will do. */
class KeySelectionTest {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void picks_the_key_named_by_kid() {
    TokenVerifier verifier =
        verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY, TestKeys.SECONDARY));

    assertAccepted(verifier, TestToken.validAt(NOW).signedWith(TestKeys.PRIMARY).build());
    assertAccepted(verifier, TestToken.validAt(NOW).signedWith(TestKeys.SECONDARY).build());
  }

  @Test
  void rejects_an_unknown_kid() {
    TokenVerifier verifier = verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY));

    assertRejected(
        verifier, TestToken.validAt(NOW).header("kid", "unknown").build(), "unknown signing key");
  }

  @Test
  void rejects_a_kid_that_is_not_text() {
    TokenVerifier verifier = verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY));

    assertRejected(verifier, TestToken.validAt(NOW).header("kid", 42).build(), "invalid token");
  }

  @Test
  void rejects_a_signature_by_another_key_than_the_kid_names() {
    TokenVerifier verifier =
        verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY, TestKeys.SECONDARY));
    String token =
        TestToken.validAt(NOW).signedWith(TestKeys.SECONDARY).header("kid", "primary").build();

    assertRejected(verifier, token, "bad signature");
  }

  @Test
  void accepts_no_kid_when_the_source_has_exactly_one_key() {
    TokenVerifier verifier = verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY));

    assertAccepted(verifier, TestToken.validAt(NOW).withoutKeyId().build());
  }

  @Test
  void rejects_no_kid_when_the_source_has_several_keys() {
    TokenVerifier verifier =
        verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY, TestKeys.SECONDARY));

    assertRejected(verifier, TestToken.validAt(NOW).withoutKeyId().build(), "unknown signing key");
  }

  @Test
  void rejects_a_key_under_2048_bits_even_when_the_source_offers_it() {
    TokenVerifier verifier =
        verifierTrusting(keyId -> Optional.of(TestKeys.WEAK.getRsaPublicKey()));

    assertRejected(
        verifier,
        TestToken.validAt(NOW).signedWith(TestKeys.WEAK).build(),
        "signing key not acceptable");
  }

  @Test
  void refuses_to_hold_a_key_under_2048_bits() {
    assertThatThrownBy(() -> new VerificationKey("weak", TestKeys.WEAK.getRsaPublicKey()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TokenVerifier verifierTrusting(KeySource keys) {
    return TestToken.verifierAt(NOW, keys);
  }
}
