package io.synq.adapter.auth;

import static io.synq.adapter.auth.Acceptances.assertAccepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import io.synq.application.testing.InMemorySigningKeyStore;
import io.synq.application.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

/** The embedded issuer with a key encryption key: private keys never reach the store in clear. */
class EncryptedSigningKeysTest {
  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  private final TestClock clock = new TestClock(START);
  private final SigningKeyStore store = new InMemorySigningKeyStore();
  private final KeyEncryptionKey key = SigningKeyCipherTest.newKey();

  @Test
  void issues_tokens_it_verifies_and_stores_no_private_key_material() {
    EmbeddedIssuer issuer = open(Optional.of(key));

    String token = issuer.mint(request());

    assertThat(issuer.verifier(SKEW).verify(token).subject()).isEqualTo("alice");
    assertAllEncryptedWithoutPrivateParts();
  }

  @Test
  void a_restart_with_the_same_key_keeps_the_tokens_valid() {
    String token = open(Optional.of(key)).mint(request());

    EmbeddedIssuer restarted = open(Optional.of(key));

    assertThat(restarted.verifier(SKEW).verify(token).subject()).isEqualTo("alice");
    assertThat(store.all()).hasSize(1);
  }

  @Test
  void rotation_stores_the_new_key_encrypted() {
    EmbeddedIssuer issuer = open(Optional.of(key));
    clock.advance(Duration.ofSeconds(1));

    String newKey = issuer.rotate();

    assertThat(store.all()).extracting(StoredSigningKey::keyId).first().isEqualTo(newKey);
    assertAccepted(issuer.verifier(SKEW), issuer.mint(request()));
    assertAllEncryptedWithoutPrivateParts();
  }

  @Test
  void encrypts_keys_stored_in_plain_form_at_start_up_and_keeps_their_tokens_valid() {
    EmbeddedIssuer before = open(Optional.empty());
    clock.advance(Duration.ofSeconds(1));
    before.rotate();
    String token = before.mint(request());
    List<String> keyIds = store.all().stream().map(StoredSigningKey::keyId).toList();

    EmbeddedIssuer after = open(Optional.of(key));

    assertThat(store.all()).extracting(StoredSigningKey::keyId).isEqualTo(keyIds);
    assertAllEncryptedWithoutPrivateParts();
    assertThat(after.verifier(SKEW).verify(token).subject()).isEqualTo("alice");
    assertAccepted(open(Optional.of(key)).verifier(SKEW), after.mint(request()));
  }

  @Test
  void refuses_to_start_with_the_wrong_key_and_encrypts_nothing_with_it() {
    open(Optional.of(key));
    StoredSigningKey plainOlder =
        SigningKeyMaterial.generate(START.minusSeconds(60)); // from before encryption was on
    store.add(plainOlder);
    List<StoredSigningKey> stored = store.all();

    assertThatThrownBy(() -> open(Optional.of(SigningKeyCipherTest.newKey())))
        .isInstanceOfSatisfying(
            SigningKeyDecryptionException.class, e -> assertThat(e.keyConfigured()).isTrue());
    assertThat(store.all()).isEqualTo(stored);
  }

  @Test
  void refuses_to_start_without_the_key_once_keys_are_encrypted() {
    open(Optional.of(key));

    assertThatThrownBy(() -> open(Optional.empty()))
        .isInstanceOfSatisfying(
            SigningKeyDecryptionException.class, e -> assertThat(e.keyConfigured()).isFalse());
  }

  private void assertAllEncryptedWithoutPrivateParts() {
    SigningKeyCipher cipher = SigningKeyCipher.with(Optional.of(key));
    for (StoredSigningKey stored : store.all()) {
      RsaJsonWebKey jwk = SigningKeyMaterial.parse(cipher.decrypt(stored));
      assertThat(stored.material())
          .startsWith("enc:v1:")
          .doesNotContain(
              (String) jwk.toParams(OutputControlLevel.INCLUDE_PRIVATE).get("d"),
              (String) jwk.toParams(OutputControlLevel.INCLUDE_PRIVATE).get("p"),
              "\"kty\"",
              "PRIVATE KEY");
    }
  }

  private EmbeddedIssuer open(Optional<KeyEncryptionKey> keyEncryptionKey) {
    return EmbeddedIssuer.open(
        store, keyEncryptionKey, TestToken.ISSUER, TestToken.AUDIENCE, clock);
  }

  private static TokenRequest request() {
    return new TokenRequest("alice", "t1", "o1", "editor", Duration.ofMinutes(10));
  }
}
