package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.out.AttemptCounter;
import io.synq.application.testing.AttemptCounterContract;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAttemptCounterTest extends AttemptCounterContract {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::postgres);

  @Override
  protected AttemptCounter counter(Clock clock) {
    return new PostgresAttemptCounter(DATABASE.jdbi(), clock);
  }

  private int rows(String key) {
    return DATABASE
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT COUNT(*) FROM sign_in_attempt WHERE key_hash = :key")
                    .bind("key", key)
                    .mapTo(Integer.class)
                    .one());
  }

  @Test
  void two_instances_on_one_database_count_against_one_limit() {
    AttemptCounter one = new PostgresAttemptCounter(DATABASE.jdbi(), clock);
    AttemptCounter other = new PostgresAttemptCounter(DATABASE.jdbi(), clock);
    String key = newKey();

    assertThat(one.count(key, 2, WINDOW)).isEmpty();
    assertThat(other.count(key, 2, WINDOW)).isEmpty();

    assertThat(one.count(key, 2, WINDOW)).contains(WINDOW);
    assertThat(other.count(key, 2, WINDOW)).contains(WINDOW);
  }

  @Test
  void the_cleanup_deletes_ended_windows_only() {
    PostgresAttemptCounter counter = new PostgresAttemptCounter(DATABASE.jdbi(), clock);
    String ended = newKey();
    String open = newKey();
    counter.count(ended, 5, Duration.ofMinutes(1));
    counter.count(open, 5, Duration.ofMinutes(30));
    clock.advance(Duration.ofMinutes(1));

    assertThat(counter.deleteEnded()).isPositive();

    assertThat(rows(ended)).isZero();
    assertThat(rows(open)).isOne();
  }
}
