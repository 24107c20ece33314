package io.synq.bootstrap;

import static java.util.Objects.requireNonNull;

import io.synq.adapter.auth.KeyEncryptionKey;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The key that encrypts the embedded issuer's private signing keys in the database: {@value #KEY},
 * or the content of the file that {@value #KEY_FILE} names (for secrets mounted as files), and the
 * variable it came from, which start-up errors name. Its string form never shows the key.
 */
public record KeyEncryptionSetting(KeyEncryptionKey key, String variable) {
  static final String KEY = "SYNQ_KEY_ENCRYPTION_KEY";
  static final String KEY_FILE = "SYNQ_KEY_ENCRYPTION_KEY_FILE";

  private static final String HOW_TO_MAKE_ONE = " (make one with: openssl rand -base64 32)";

  public KeyEncryptionSetting {
    requireNonNull(key, "key");
    requireNonNull(variable, "variable");
  }

  /** The configured key, if any; a bad value stops start-up with one line naming the variable. */
  static Optional<KeyEncryptionSetting> from(Settings settings) {
    Optional<String> value = settings.get(KEY);
    Optional<String> file = settings.get(KEY_FILE);
    if (value.isPresent() && file.isPresent()) {
      throw new ConfigurationException(
          KEY + " and " + KEY_FILE + " are both set: set one of them only");
    }
    if (value.isPresent()) {
      return Optional.of(new KeyEncryptionSetting(parse(KEY, value.get()), KEY));
    }
    return file.map(path -> new KeyEncryptionSetting(parse(KEY_FILE, read(path)), KEY_FILE));
  }

  /** The one line start-up ends with when the stored keys do not decrypt with this setting. */
  static String doesNotDecrypt(Optional<KeyEncryptionSetting> setting) {
    return setting
        .map(s -> s.variable() + " does not decrypt the stored signing keys")
        .orElse(
            "the stored signing keys are encrypted: set "
                + KEY
                + " or "
                + KEY_FILE
                + " to the key that encrypted them");
  }

  private static KeyEncryptionKey parse(String variable, String text) {
    try {
      return KeyEncryptionKey.fromBase64(text);
    } catch (IllegalArgumentException e) {
      String subject = variable.equals(KEY) ? KEY : "the file that " + KEY_FILE + " names";
      throw new ConfigurationException(subject + " " + e.getMessage() + HOW_TO_MAKE_ONE);
    }
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException | InvalidPathException e) {
      String why = e instanceof MalformedInputException ? "it is not text" : e.toString();
      throw new ConfigurationException(KEY_FILE + " names a file that cannot be read: " + why);
    }
  }
}
