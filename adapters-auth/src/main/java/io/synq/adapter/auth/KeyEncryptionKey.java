package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that encrypts the embedded issuer's private signing keys at rest: an AES-256 key,
 * given as the base64 encoding of 32 random bytes ({@code openssl rand -base64 32}).
 *
 * <p>Random bytes rather than a passphrase: there is no key derivation to tune or get wrong, the
 * strength is fixed at 256 bits, and a value of the wrong shape is told apart at start-up. Its
 * string form never shows the key.
 */
public final class KeyEncryptionKey {
  /** The key's length: AES-256. */
  public static final int BYTES = 32;

  private static final String ALGORITHM = "AES";

  private final SecretKey key;

  private KeyEncryptionKey(SecretKey key) {
    this.key = key;
  }

  /**
   * @throws IllegalArgumentException when the text is not the base64 encoding of exactly {@value
   *     #BYTES} bytes; the message never quotes the text
   */
  public static KeyEncryptionKey fromBase64(String text) {
    requireNonNull(text, "text");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "must be the base64 encoding of " + BYTES + " random bytes, and is not base64");
    }
    try {
      if (bytes.length != BYTES) {
        throw new IllegalArgumentException(
            "must be the base64 encoding of "
                + BYTES
                + " random bytes, and decodes to "
                + bytes.length
                + " bytes");
      }
      return new KeyEncryptionKey(new SecretKeySpec(bytes, ALGORITHM));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  SecretKey secretKey() {
    return key;
  }

  @Override
  public String toString() {
    return "KeyEncryptionKey[hidden]";
  }
}
