package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PromptReadinessTest {
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicBoolean database = new AtomicBoolean(true);
  private final AtomicInteger checks = new AtomicInteger();

  /** Checks handed to the executor, run when the test says. */
  private final List<Runnable> pending = new ArrayList<>();

  private final PromptReadiness readiness =
      new PromptReadiness(
          () -> {
            checks.incrementAndGet();
            return database.get();
          },
          pending::add,
          nanos::get);

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  private void finishChecks() {
    List<Runnable> running = List.copyOf(pending);
    pending.clear();
    running.forEach(Runnable::run);
  }

  @Test
  void knows_the_answer_from_the_start_and_reuses_a_fresh_one() {
    assertThat(readiness.getAsBoolean()).isTrue();
    assertThat(readiness.getAsBoolean()).isTrue();

    assertThat(checks).hasValue(1);
    assertThat(pending).isEmpty();
  }

  @Test
  void checks_again_in_the_background_once_the_answer_is_old() {
    database.set(false);
    advance(PromptReadiness.FRESH_FOR.plusNanos(1));

    assertThat(readiness.getAsBoolean()).isTrue(); // the last answer, while the check runs
    assertThat(readiness.getAsBoolean()).isTrue();
    assertThat(pending).hasSize(1); // one check at a time
    finishChecks();

    assertThat(readiness.getAsBoolean()).isFalse();
  }

  @Test
  void a_check_that_takes_longer_than_its_patience_means_not_ready_at_once() {
    advance(PromptReadiness.FRESH_FOR.plusNanos(1));
    readiness.getAsBoolean(); // starts a check that does not come back
    advance(PromptReadiness.PATIENCE.plusNanos(1));

    assertThat(readiness.getAsBoolean()).isFalse();

    finishChecks(); // it comes back after all, with the database fine
    assertThat(readiness.getAsBoolean()).isTrue();
  }

  @Test
  void a_check_that_throws_means_not_ready() {
    AtomicBoolean throwing = new AtomicBoolean(true);
    PromptReadiness failing =
        new PromptReadiness(
            () -> {
              if (throwing.get()) {
                throw new IllegalStateException("pool closed");
              }
              return true;
            },
            pending::add,
            nanos::get);
    assertThat(failing.getAsBoolean()).isFalse();

    throwing.set(false);
    advance(PromptReadiness.FRESH_FOR.plusNanos(1));
    failing.getAsBoolean();
    finishChecks();

    assertThat(failing.getAsBoolean()).isTrue();
  }
}
