package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.adapter.auth.TokenRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up on a database whose signing keys are encrypted, with the right key, a wrong one, none.
 */
class EncryptedSigningKeysStartUpTest {
  @TempDir Path directory;

  private final String key = KeyEncryptionSettingTest.randomKey();

  @Test
  void the_same_key_opens_the_issuer_again_and_its_tokens_still_verify() {
    String token;
    try (Wiring first = open(Map.of("SYNQ_KEY_ENCRYPTION_KEY", key))) {
      token = first.embeddedIssuer().orElseThrow().mint(request());
    }

    try (Wiring again = open(Map.of("SYNQ_KEY_ENCRYPTION_KEY", key))) {
      assertThat(
              again.embeddedIssuer().orElseThrow().verifier(Duration.ZERO).verify(token).subject())
          .isEqualTo("cli");
    }
  }

  @Test
  void a_wrong_key_stops_start_up_with_one_line_naming_the_variable() {
    open(Map.of("SYNQ_KEY_ENCRYPTION_KEY", key)).close();

    assertThatThrownBy(
            () -> open(Map.of("SYNQ_KEY_ENCRYPTION_KEY", KeyEncryptionSettingTest.randomKey())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("SYNQ_KEY_ENCRYPTION_KEY does not decrypt the stored signing keys");
  }

  @Test
  void no_key_stops_start_up_saying_which_variables_to_set() {
    open(Map.of("SYNQ_KEY_ENCRYPTION_KEY", key)).close();

    assertThatThrownBy(() -> open(Map.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "the stored signing keys are encrypted: set SYNQ_KEY_ENCRYPTION_KEY or"
                + " SYNQ_KEY_ENCRYPTION_KEY_FILE to the key that encrypted them");
  }

  private Wiring open(Map<String, String> variables) {
    Map<String, String> all = new HashMap<>(variables);
    all.put("SYNQ_DB_URL", "jdbc:h2:file:" + directory.resolve("synq"));
    return Wiring.open(Config.fromVariables(all), Clock.systemUTC());
  }

  private static TokenRequest request() {
    return new TokenRequest("cli", "t1", "o1", "viewer", Duration.ofMinutes(5));
  }
}
