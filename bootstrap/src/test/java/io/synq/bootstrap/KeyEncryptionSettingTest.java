package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SYNQ_KEY_ENCRYPTION_KEY and SYNQ_KEY_ENCRYPTION_KEY_FILE, as the configuration reads them. */
class KeyEncryptionSettingTest {
  private final Map<String, String> env = new HashMap<>();

  @TempDir Path directory;

  private Config config() {
    return Config.from(new Settings(env, name -> null));
  }

  @Test
  void is_off_by_default() {
    assertThat(config().auth().keyEncryption()).isEmpty();
  }

  @Test
  void reads_the_key_and_never_shows_it() {
    String key = randomKey();
    env.put("SYNQ_KEY_ENCRYPTION_KEY", key);

    Config config = config();

    assertThat(config.auth().keyEncryption())
        .hasValueSatisfying(s -> assertThat(s.variable()).isEqualTo("SYNQ_KEY_ENCRYPTION_KEY"));
    assertThat(config.toString()).contains("KeyEncryptionKey[hidden]").doesNotContain(key);
  }

  @Test
  void reads_the_key_from_a_file_with_a_trailing_newline() throws IOException {
    Path file = Files.writeString(directory.resolve("kek"), randomKey() + "\n");
    env.put("SYNQ_KEY_ENCRYPTION_KEY_FILE", file.toString());

    assertThat(config().auth().keyEncryption())
        .hasValueSatisfying(
            s -> assertThat(s.variable()).isEqualTo("SYNQ_KEY_ENCRYPTION_KEY_FILE"));
  }

  @Test
  void refuses_both_variables_at_once() throws IOException {
    env.put("SYNQ_KEY_ENCRYPTION_KEY", randomKey());
    env.put(
        "SYNQ_KEY_ENCRYPTION_KEY_FILE",
        Files.writeString(directory.resolve("kek"), randomKey()).toString());

    assertThatThrownBy(this::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "SYNQ_KEY_ENCRYPTION_KEY and SYNQ_KEY_ENCRYPTION_KEY_FILE are both set: set one of"
                + " them only");
  }

  @Test
  void refuses_a_passphrase_in_one_line_naming_the_variable_without_quoting_it() {
    env.put("SYNQ_KEY_ENCRYPTION_KEY", "correct horse battery staple");

    assertThatThrownBy(this::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "SYNQ_KEY_ENCRYPTION_KEY must be the base64 encoding of 32 random bytes, and is not"
                + " base64 (make one with: openssl rand -base64 32)");
  }

  @Test
  void refuses_a_key_of_the_wrong_length_without_quoting_it() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    env.put("SYNQ_KEY_ENCRYPTION_KEY", shortKey);

    assertThatThrownBy(this::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("SYNQ_KEY_ENCRYPTION_KEY must be the base64 encoding of 32")
        .hasMessageContaining("decodes to 16 bytes")
        .hasMessageNotContaining(shortKey);
  }

  @Test
  void refuses_a_file_that_cannot_be_read_or_holds_no_key() throws IOException {
    env.put("SYNQ_KEY_ENCRYPTION_KEY_FILE", directory.resolve("missing").toString());
    assertThatThrownBy(this::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("SYNQ_KEY_ENCRYPTION_KEY_FILE names a file that cannot be read")
        .hasMessageContaining("missing");

    env.put(
        "SYNQ_KEY_ENCRYPTION_KEY_FILE",
        Files.writeString(directory.resolve("kek"), "hunter2").toString());
    assertThatThrownBy(this::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "the file that SYNQ_KEY_ENCRYPTION_KEY_FILE names must be the base64 encoding")
        .hasMessageNotContaining("hunter2");
  }

  static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
