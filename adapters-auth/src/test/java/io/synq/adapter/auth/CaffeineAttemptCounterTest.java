package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.SignInLimits;
import io.synq.application.port.out.AttemptCounter;
import io.synq.application.service.SignInThrottle;
import io.synq.application.testing.AttemptCounterContract;
import io.synq.domain.ThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaffeineAttemptCounterTest extends AttemptCounterContract {
  private static final int BOUND = 100;

  @Override
  protected AttemptCounter counter(Clock clock) {
    return new CaffeineAttemptCounter(10_000, clock);
  }

  @Test
  void keeps_no_more_windows_than_its_bound() {
    CaffeineAttemptCounter counter = new CaffeineAttemptCounter(BOUND, clock);

    for (int i = 0; i < BOUND * 10; i++) {
      counter.count(newKey(), 5, WINDOW);
      counter.count(newKey(), 1, WINDOW);
    }

    assertThat(counter.windowsKept()).isBetween((long) BOUND, 2L * BOUND);
  }

  @Test
  void forgets_windows_once_they_end() {
    CaffeineAttemptCounter counter = new CaffeineAttemptCounter(BOUND, clock);
    for (int i = 0; i < BOUND / 2; i++) {
      counter.count(newKey(), 5, WINDOW);
      counter.count(newKey(), 1, WINDOW);
    }
    clock.advance(WINDOW.minusSeconds(1));
    assertThat(counter.windowsKept()).isEqualTo(BOUND);

    clock.advance(Duration.ofMinutes(2));

    assertThat(counter.windowsKept()).isZero();
  }

  @Test
  void a_flood_of_new_keys_beyond_the_bound_leaves_a_used_up_window_alone() {
    CaffeineAttemptCounter counter = new CaffeineAttemptCounter(BOUND, clock);
    String victim = newKey();
    for (int i = 0; i < 5; i++) {
      counter.count(victim, 5, WINDOW);
    }

    for (int i = 0; i < BOUND * 10; i++) {
      counter.count(newKey(), 5, WINDOW);
    }

    assertThat(counter.count(victim, 5, WINDOW)).contains(WINDOW);
  }

  @Test
  void a_flood_of_sign_ins_with_random_emails_does_not_free_a_throttled_account() {
    SignInThrottle throttle =
        new SignInThrottle(
            new CaffeineAttemptCounter(BOUND, clock), new SignInLimits(5, 100, 50, WINDOW));
    Optional<String> victim = Optional.of("admin@example.com");
    for (int i = 0; i < 5; i++) {
      throttle.acquire(victim, "stranger");
    }

    for (int i = 0; i < BOUND * 100; i++) {
      throttle.acquire(Optional.of("random-" + i + "@example.com"), "flooder-" + i / 40);
    }

    assertThatThrownBy(() -> throttle.acquire(victim, "stranger"))
        .isInstanceOfSatisfying(
            ThrottledException.class, e -> assertThat(e.retryAfter()).isEqualTo(WINDOW));
  }
}
