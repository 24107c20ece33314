package io.synq.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.out.AttemptCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AttemptCounter} must do. Extend it with a factory for the implementation under
 * test on the given clock; every key is random, so a shared store needs no cleanup.
 */
public abstract class AttemptCounterContract {
  protected static final Duration WINDOW = Duration.ofMinutes(15);

  protected final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
  private AttemptCounter counter;

  /** A counter that reads the time from the given clock. */
  protected abstract AttemptCounter counter(Clock clock);

  @BeforeEach
  void freshCounter() {
    counter = counter(clock);
  }

  protected static String newKey() {
    return "key-" + UUID.randomUUID();
  }

  private void countTimes(String key, int limit, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(counter.count(key, limit, WINDOW)).as("attempt %d", i + 1).isEmpty();
    }
  }

  @Test
  void counts_up_to_the_limit_then_tells_what_is_left_of_the_window() {
    String key = newKey();
    countTimes(key, 3, 3);
    clock.advance(Duration.ofMinutes(5));

    assertThat(counter.count(key, 3, WINDOW)).contains(Duration.ofMinutes(10));
  }

  @Test
  void a_refused_attempt_is_not_counted() {
    String key = newKey();
    countTimes(key, 2, 2);
    assertThat(counter.count(key, 2, WINDOW)).isPresent();
    assertThat(counter.count(key, 2, WINDOW)).isPresent();

    counter.giveBack(key);

    assertThat(counter.count(key, 2, WINDOW)).isEmpty();
    assertThat(counter.count(key, 2, WINDOW)).isPresent();
  }

  @Test
  void the_window_is_fixed_from_the_first_attempt_and_then_starts_afresh() {
    String key = newKey();
    countTimes(key, 2, 1);
    clock.advance(Duration.ofMinutes(10));
    countTimes(key, 2, 1);
    clock.advance(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(counter.count(key, 2, WINDOW)).contains(Duration.ofSeconds(1));

    clock.advance(Duration.ofSeconds(1));

    countTimes(key, 2, 2);
    assertThat(counter.count(key, 2, WINDOW)).contains(WINDOW);
  }

  @Test
  void keys_count_apart() {
    String key = newKey();
    countTimes(key, 1, 1);

    assertThat(counter.count(newKey(), 1, WINDOW)).isEmpty();
    assertThat(counter.count(key, 1, WINDOW)).isPresent();
  }

  @Test
  void giving_back_returns_one_attempt_only() {
    String key = newKey();
    countTimes(key, 3, 3);

    counter.giveBack(key);

    countTimes(key, 3, 1);
    assertThat(counter.count(key, 3, WINDOW)).isPresent();
  }

  @Test
  void giving_back_never_makes_credit() {
    String key = newKey();
    counter.giveBack(key);
    countTimes(key, 2, 1);
    counter.giveBack(key);
    counter.giveBack(key);

    countTimes(key, 2, 2);
    assertThat(counter.count(key, 2, WINDOW)).isPresent();
  }

  @Test
  void a_reset_forgets_the_window() {
    String key = newKey();
    countTimes(key, 2, 2);

    counter.reset(key);

    countTimes(key, 2, 2);
    assertThat(counter.count(key, 2, WINDOW)).contains(WINDOW);
  }

  @Test
  void parallel_attempts_cannot_slip_past_the_limit() throws Exception {
    String key = newKey();
    int contenders = 16;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Optional<Duration>>> attempts = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  return counter.count(key, 3, WINDOW);
                }));
      }
      start.countDown();
      int counted = 0;
      for (Future<Optional<Duration>> attempt : attempts) {
        counted += attempt.get(30, TimeUnit.SECONDS).isEmpty() ? 1 : 0;
      }

      assertThat(counted).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }
}
