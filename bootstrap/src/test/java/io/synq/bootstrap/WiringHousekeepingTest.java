package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.adapter.auth.EmbeddedIssuer;
import io.synq.application.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's housekeeping as wired on H2: what it deletes, and that it deletes it. */
class WiringHousekeepingTest {
  private final TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));

  @Test
  void on_h2_deletes_expired_refresh_tokens_and_retired_signing_keys(@TempDir Path directory) {
    Config config =
        Config.fromVariables(Map.of("SYNQ_DB_URL", "jdbc:h2:file:" + directory.resolve("synq")));
    try (Wiring wiring = Wiring.open(config, clock)) {
      assertThat(wiring.housekeepingTasks())
          .extracting(Housekeeping.Task::what)
          .containsExactly("expired refresh tokens", "retired signing keys");
      assertThat(Housekeeping.runOnce(wiring.housekeepingTasks())).isZero();

      clock.advance(Duration.ofMinutes(1));
      wiring.rotateSigningKey();
      clock.advance(EmbeddedIssuer.RETIREMENT_DELAY.plus(Duration.ofSeconds(1)));

      assertThat(Housekeeping.runOnce(wiring.housekeepingTasks())).isOne();
      assertThat(Housekeeping.runOnce(wiring.housekeepingTasks())).isZero();
    }
  }
}
