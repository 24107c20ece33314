package io.synq.adapter.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.StoredSigningKey;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * How a signing key's private JWK is kept in the store: encrypted when a {@link KeyEncryptionKey}
 * is configured, as it is otherwise.
 *
 * <p>Encrypted material is {@code enc:v1:} and the base64 of a random 96-bit nonce followed by the
 * AES-256-GCM ciphertext and its 128-bit tag, with the key id as associated data, so that a
 * ciphertext moved to another key's row does not decrypt. The prefix tells it from the plain JWK
 * JSON of keys stored before, which are still read (and which {@link #needsEncrypting} finds to
 * encrypt), so the schema stays as it was.
 */
final class SigningKeyCipher {
  static final String ENCRYPTED_V1 = "enc:v1:";

  /** What every encrypted format starts with; a plain JWK starts with '{'. */
  private static final String ENCRYPTED = "enc:";

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Optional<KeyEncryptionKey> key;

  private SigningKeyCipher(Optional<KeyEncryptionKey> key) {
    this.key = key;
  }

  /** Without a key, keys are stored as they are and encrypted ones cannot be read. */
  static SigningKeyCipher with(Optional<KeyEncryptionKey> key) {
    return new SigningKeyCipher(requireNonNull(key, "key"));
  }

  /** The key as it should be stored: encrypted when a key encryption key is configured. */
  StoredSigningKey encrypt(StoredSigningKey plain) {
    if (key.isEmpty()) {
      return plain;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed;
    try {
      sealed =
          cipher(Cipher.ENCRYPT_MODE, nonce, plain.keyId())
              .doFinal(plain.material().getBytes(UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not encrypt signing key " + plain.keyId(), e);
    }
    byte[] stored =
        ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    return new StoredSigningKey(
        plain.keyId(),
        ENCRYPTED_V1 + Base64.getEncoder().encodeToString(stored),
        plain.createdAt());
  }

  /**
   * The key with its plain JWK material; plain stored material is returned as it is.
   *
   * @throws SigningKeyDecryptionException when the material is encrypted and there is no key, the
   *     wrong key, or the text was altered
   */
  StoredSigningKey decrypt(StoredSigningKey stored) {
    if (!isEncrypted(stored)) {
      return stored;
    }
    if (key.isEmpty()) {
      throw new SigningKeyDecryptionException(stored.keyId(), false);
    }
    byte[] plain;
    try {
      if (!stored.material().startsWith(ENCRYPTED_V1)) {
        throw new GeneralSecurityException("unknown format");
      }
      byte[] bytes = Base64.getDecoder().decode(stored.material().substring(ENCRYPTED_V1.length()));
      if (bytes.length <= NONCE_BYTES) {
        throw new GeneralSecurityException("too short");
      }
      byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
      plain =
          cipher(Cipher.DECRYPT_MODE, nonce, stored.keyId())
              .doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // Fails closed, and drops the cause: it might say something about the material.
      throw new SigningKeyDecryptionException(stored.keyId(), true);
    }
    return new StoredSigningKey(stored.keyId(), new String(plain, UTF_8), stored.createdAt());
  }

  /** Whether a key encryption key is configured and the stored material is still plain. */
  boolean needsEncrypting(StoredSigningKey stored) {
    return key.isPresent() && !isEncrypted(stored);
  }

  private static boolean isEncrypted(StoredSigningKey stored) {
    return stored.material().startsWith(ENCRYPTED);
  }

  private Cipher cipher(int mode, byte[] nonce, String keyId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key.orElseThrow().secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(keyId.getBytes(UTF_8));
    return cipher;
  }
}
