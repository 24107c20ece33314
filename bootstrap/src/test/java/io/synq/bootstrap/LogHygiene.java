package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/** What must never reach a log line, whatever the level. */
final class LogHygiene {
  /** A JWT: a header and a payload that are base64url JSON objects. */
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+");

  /**
   * A refresh token: 256 random bits in unpadded base64url, so with upper and lower case letters
   * (unlike the tenant names and ids of the same length that the tests use).
   */
  private static final Pattern REFRESH_TOKEN =
      Pattern.compile(
          "(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])[A-Za-z0-9_-]{43}"
              + "(?![A-Za-z0-9_-])");

  private static final String ARGON2_HASH = "$argon2id$";

  private LogHygiene() {}

  /**
   * @param secrets literal values that must not appear either: passwords used, the database's
   */
  static void assertClean(String logs, List<String> secrets) {
    assertThat(logs).as("logs were captured").isNotEmpty();
    assertThat(JWT.matcher(logs).results().map(m -> m.group()).toList()).as("ID tokens").isEmpty();
    assertThat(REFRESH_TOKEN.matcher(logs).results().map(m -> m.group()).toList())
        .as("refresh tokens")
        .isEmpty();
    assertThat(logs).as("password hashes").doesNotContain(ARGON2_HASH);
    for (String secret : secrets) {
      assertThat(logs).as("a secret").doesNotContain(secret);
    }
  }
}
