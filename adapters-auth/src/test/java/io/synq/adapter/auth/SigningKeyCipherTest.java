package io.synq.adapter.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.StoredSigningKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.junit.jupiter.api.Test;

/** Private signing keys encrypted at rest with AES-256-GCM, and plain ones from before. */
class SigningKeyCipherTest {
  private static final StoredSigningKey PLAIN =
      SigningKeyMaterial.generate(Instant.parse("2030-01-01T00:00:00Z"));

  private final SigningKeyCipher cipher = cipher(newKey());

  @Test
  void decrypts_what_it_encrypted() {
    StoredSigningKey encrypted = cipher.encrypt(PLAIN);

    assertThat(encrypted.keyId()).isEqualTo(PLAIN.keyId());
    assertThat(encrypted.createdAt()).isEqualTo(PLAIN.createdAt());
    assertThat(encrypted.material()).startsWith("enc:v1:");
    assertThat(cipher.decrypt(encrypted)).isEqualTo(PLAIN);
  }

  @Test
  void stores_no_part_of_the_private_key_and_a_new_nonce_each_time() {
    String d =
        (String)
            SigningKeyMaterial.parse(PLAIN).toParams(OutputControlLevel.INCLUDE_PRIVATE).get("d");

    String first = cipher.encrypt(PLAIN).material();
    String second = cipher.encrypt(PLAIN).material();

    assertThat(first).doesNotContain(d, "\"kty\"", "PRIVATE KEY");
    assertThat(first).isNotEqualTo(second);
    // 12-byte nonce and 16-byte tag around the ciphertext
    assertThat(Base64.getDecoder().decode(first.substring("enc:v1:".length())))
        .hasSize(12 + PLAIN.material().getBytes(UTF_8).length + 16);
  }

  @Test
  void fails_closed_with_the_wrong_key_naming_only_the_key_id() {
    StoredSigningKey encrypted = cipher.encrypt(PLAIN);

    assertThatThrownBy(() -> cipher(newKey()).decrypt(encrypted))
        .isInstanceOfSatisfying(
            SigningKeyDecryptionException.class, e -> assertThat(e.keyConfigured()).isTrue())
        .hasMessage(
            "stored signing key " + PLAIN.keyId() + " does not decrypt with the key encryption key")
        .hasNoCause();
  }

  @Test
  void fails_closed_on_an_altered_ciphertext() {
    StoredSigningKey encrypted = cipher.encrypt(PLAIN);
    byte[] bytes = Base64.getDecoder().decode(encrypted.material().substring("enc:v1:".length()));
    bytes[bytes.length / 2] ^= 1;
    StoredSigningKey altered =
        withMaterial(encrypted, "enc:v1:" + Base64.getEncoder().encodeToString(bytes));

    assertThatThrownBy(() -> cipher.decrypt(altered))
        .isInstanceOf(SigningKeyDecryptionException.class);
  }

  @Test
  void fails_closed_on_a_truncated_or_garbled_or_unknown_version_of_the_text() {
    String material = cipher.encrypt(PLAIN).material();
    for (String damaged :
        new String[] {
          material.substring(0, 20),
          "enc:v1:",
          "enc:v1:not base64!",
          "enc:v2:" + material.substring(7)
        }) {
      assertThatThrownBy(() -> cipher.decrypt(withMaterial(PLAIN, damaged)))
          .as(damaged)
          .isInstanceOf(SigningKeyDecryptionException.class);
    }
  }

  @Test
  void binds_the_ciphertext_to_its_key_id() {
    StoredSigningKey encrypted = cipher.encrypt(PLAIN);
    StoredSigningKey moved =
        new StoredSigningKey("another-kid", encrypted.material(), encrypted.createdAt());

    assertThatThrownBy(() -> cipher.decrypt(moved))
        .isInstanceOf(SigningKeyDecryptionException.class)
        .hasMessageContaining("another-kid");
  }

  @Test
  void reads_a_plain_key_stored_before_with_or_without_a_key() {
    SigningKeyCipher none = SigningKeyCipher.with(Optional.empty());

    assertThat(cipher.decrypt(PLAIN)).isEqualTo(PLAIN);
    assertThat(none.decrypt(PLAIN)).isEqualTo(PLAIN);
    assertThat(cipher.needsEncrypting(PLAIN)).isTrue();
    assertThat(none.needsEncrypting(PLAIN)).isFalse();
    assertThat(cipher.needsEncrypting(cipher.encrypt(PLAIN))).isFalse();
  }

  @Test
  void without_a_key_stores_plain_and_cannot_read_an_encrypted_key() {
    SigningKeyCipher none = SigningKeyCipher.with(Optional.empty());

    assertThat(none.encrypt(PLAIN)).isEqualTo(PLAIN);
    assertThatThrownBy(() -> none.decrypt(cipher.encrypt(PLAIN)))
        .isInstanceOfSatisfying(
            SigningKeyDecryptionException.class, e -> assertThat(e.keyConfigured()).isFalse())
        .hasMessageContaining("is encrypted, and no key encryption key is set");
  }

  @Test
  void accepts_only_the_base64_of_32_bytes_and_never_shows_the_key() {
    String key = base64(32);

    assertThat(KeyEncryptionKey.fromBase64(key + "\n").toString()).doesNotContain(key);
    assertThatThrownBy(() -> KeyEncryptionKey.fromBase64(base64(16)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("must be the base64 encoding of 32 random bytes, and decodes to 16 bytes");
    assertThatThrownBy(() -> KeyEncryptionKey.fromBase64("correct horse battery staple"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("must be the base64 encoding of 32 random bytes, and is not base64");
  }

  static KeyEncryptionKey newKey() {
    return KeyEncryptionKey.fromBase64(base64(32));
  }

  private static SigningKeyCipher cipher(KeyEncryptionKey key) {
    return SigningKeyCipher.with(Optional.of(key));
  }

  private static StoredSigningKey withMaterial(StoredSigningKey key, String material) {
    return new StoredSigningKey(key.keyId(), material, key.createdAt());
  }

  private static String base64(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Base64.getEncoder().encodeToString(random);
  }
}
