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
  void picksTheKeyNamedByKid() {
    TokenVerifier verifier =
        verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY, TestKeys.SECONDARY));

    assertAccepted(verifier, TestToken.validAt(NOW).signedWith(TestKeys.PRIMARY).build());
    assertAccepted(verifier, TestToken.validAt(NOW).signedWith(TestKeys.SECONDARY).build());
  }

  @Test
  void rejectsAnUnknownKid() {
    TokenVerifier verifier = verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY));

    assertRejected(
        verifier, TestToken.validAt(NOW).header("kid", "unknown").build(), "unknown signing key");
  }

  @Test
  void rejectsAKidThatIsNotText() {
    TokenVerifier verifier = verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY));

    assertRejected(verifier, TestToken.validAt(NOW).header("kid", 42).build(), "invalid token");
  }

  @Test
  void rejectsASignatureByAnotherKeyThanTheKidNames() {
    TokenVerifier verifier =
        verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY, TestKeys.SECONDARY));
    String token =
        TestToken.validAt(NOW).signedWith(TestKeys.SECONDARY).header("kid", "primary").build();

    assertRejected(verifier, token, "bad signature");
  }

  @Test
  void acceptsNoKidWhenTheSourceHasExactlyOneKey() {
    TokenVerifier verifier = verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY));

    assertAccepted(verifier, TestToken.validAt(NOW).withoutKeyId().build());
  }

  @Test
  void rejectsNoKidWhenTheSourceHasSeveralKeys() {
    TokenVerifier verifier =
        verifierTrusting(TestKeys.trusting(TestKeys.PRIMARY, TestKeys.SECONDARY));

    assertRejected(verifier, TestToken.validAt(NOW).withoutKeyId().build(), "unknown signing key");
  }

  @Test
  void rejectsAKeyUnder2048BitsEvenWhenTheSourceOffersIt() {
    TokenVerifier verifier =
        verifierTrusting(keyId -> Optional.of(TestKeys.WEAK.getRsaPublicKey()));

    assertRejected(
        verifier,
        TestToken.validAt(NOW).signedWith(TestKeys.WEAK).build(),
        "signing key not acceptable");
  }

  @Test
  void refusesToHoldAKeyUnder2048Bits() {
    assertThatThrownBy(() -> new VerificationKey("weak", TestKeys.WEAK.getRsaPublicKey()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static TokenVerifier verifierTrusting(KeySource keys) {
    return TestToken.verifierAt(NOW, keys);
  }
}
