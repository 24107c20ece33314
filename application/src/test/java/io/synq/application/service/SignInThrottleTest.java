package io.synq.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.SignInLimits;
import io.synq.application.testing.InMemoryAttemptCounter;
import io.synq.application.testing.TestClock;
import io.synq.domain.ThrottledException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Optional<String> ADA = Optional.of("ada@example.com");
  private static final int PER_ACCOUNT_AND_CLIENT = 3;
  private static final int PER_ACCOUNT = 10;
  private static final int PER_CLIENT = 20;

  private final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
  private final InMemoryAttemptCounter counter = new InMemoryAttemptCounter(clock);
  private final SignInThrottle throttle =
      new SignInThrottle(
          counter, new SignInLimits(PER_ACCOUNT_AND_CLIENT, PER_ACCOUNT, PER_CLIENT, WINDOW));

  private static void assertThrottled(ThrowingCallable attempt) {
    assertThatThrownBy(attempt)
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(SignInThrottle.REFUSAL);
              assertThat(e.retryAfter()).isEqualTo(WINDOW);
            });
  }

  private void attempts(Optional<String> email, String client, int times) {
    for (int i = 0; i < times; i++) {
      throttle.acquire(email, client);
    }
  }

  private static Optional<String> email(String name) {
    return Optional.of(name + "@example.com");
  }

  @Test
  void a_strangers_failures_slow_the_stranger_down_and_not_the_owner() {
    attempts(ADA, "stranger", PER_ACCOUNT_AND_CLIENT);

    assertThrottled(() -> throttle.acquire(ADA, "stranger"));
    throttle.acquire(ADA, "home");
    throttle.acquire(email("grace"), "stranger");
  }

  @Test
  void a_client_that_never_failed_gets_in_until_the_account_reaches_its_ceiling() {
    for (int i = 0; i < PER_ACCOUNT - 1; i++) {
      throttle.acquire(ADA, "hammer-" + i / PER_ACCOUNT_AND_CLIENT);
    }

    throttle.acquire(ADA, "home");

    assertThrottled(() -> throttle.acquire(ADA, "home"));
    assertThrottled(() -> throttle.acquire(ADA, "never-seen"));
    throttle.acquire(email("grace"), "never-seen");
  }

  @Test
  void refused_attempts_spend_no_shared_budget() {
    attempts(ADA, "stranger", PER_ACCOUNT_AND_CLIENT);
    for (int i = 0; i < 100; i++) {
      assertThrottled(() -> throttle.acquire(ADA, "stranger"));
    }

    for (int i = PER_ACCOUNT_AND_CLIENT; i < PER_ACCOUNT; i++) {
      throttle.acquire(ADA, "client-" + i);
    }
    assertThrottled(() -> throttle.acquire(ADA, "one-too-many"));
    for (int i = PER_ACCOUNT_AND_CLIENT; i < PER_CLIENT; i++) {
      throttle.acquire(email("guess-" + i), "stranger");
    }
    assertThrottled(() -> throttle.acquire(email("grace"), "stranger"));
  }

  @Test
  void a_client_is_throttled_at_its_ceiling_whatever_the_emails() {
    for (int i = 0; i < PER_CLIENT; i++) {
      throttle.acquire(email("user" + i), "office");
    }

    assertThrottled(() -> throttle.acquire(email("new"), "office"));
    assertThrottled(() -> throttle.acquire(Optional.empty(), "office"));
    throttle.acquire(ADA, "elsewhere");
  }

  @Test
  void a_malformed_email_counts_against_the_client_only() {
    attempts(Optional.empty(), "c", PER_CLIENT - 1);

    throttle.acquire(ADA, "c");

    assertThrottled(() -> throttle.acquire(email("grace"), "c"));
    attempts(ADA, "elsewhere", PER_ACCOUNT_AND_CLIENT);
  }

  @Test
  void a_success_resets_the_account_from_that_client_and_gives_back_the_shared_attempts() {
    SignInThrottle tight = new SignInThrottle(counter, new SignInLimits(3, 5, 5, WINDOW));
    tight.acquire(ADA, "laptop");
    tight.acquire(ADA, "laptop");
    tight.acquire(ADA, "laptop");
    tight.succeeded(ADA, "laptop");

    for (int i = 0; i < 3; i++) {
      tight.acquire(ADA, "laptop");
    }
    assertThatThrownBy(() -> tight.acquire(ADA, "laptop")).isInstanceOf(ThrottledException.class);
  }

  @Test
  void successful_sign_ins_cost_a_shared_client_nothing() {
    for (int i = 0; i < PER_CLIENT * 2; i++) {
      Optional<String> someone = email("user" + i);
      throttle.acquire(someone, "office");
      throttle.succeeded(someone, "office");
    }

    attempts(ADA, "office", PER_ACCOUNT_AND_CLIENT);
  }

  @Test
  void tells_how_long_is_left_of_the_window() {
    attempts(ADA, "stranger", PER_ACCOUNT_AND_CLIENT);
    clock.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> throttle.acquire(ADA, "stranger"))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(WINDOW.minusMinutes(5)));
  }

  @Test
  void the_counter_never_sees_an_email_or_an_address() {
    throttle.acquire(ADA, "203.0.113.7");

    assertThat(counter.keys())
        .hasSize(3)
        .allSatisfy(
            key ->
                assertThat(key)
                    .doesNotContainIgnoringCase("ada")
                    .doesNotContain("example")
                    .doesNotContain("203.0.113.7")
                    .matches("sign-in/[a-z+]+:[A-Za-z0-9_-]{43}"));
  }

  @Test
  void parallel_attempts_cannot_slip_past_the_limit() throws Exception {
    int contenders = 16;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        String client = "client-" + i;
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    throttle.acquire(ADA, client);
                    return true;
                  } catch (ThrottledException e) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int admitted = 0;
      for (Future<Boolean> attempt : attempts) {
        admitted += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      assertThat(admitted).isEqualTo(PER_ACCOUNT);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void an_attempt_refused_at_the_accounts_ceiling_gives_the_clients_attempt_back() {
    for (int i = 0; i < PER_ACCOUNT; i++) {
      throttle.acquire(ADA, "client-" + i);
    }
    for (int i = 0; i < PER_CLIENT; i++) {
      assertThrottled(() -> throttle.acquire(ADA, "patient"));
    }

    for (int i = 0; i < PER_CLIENT; i++) { // the client's budget is whole
      throttle.acquire(email("other-" + i), "patient");
    }
    assertThrottled(() -> throttle.acquire(email("one-more"), "patient"));
  }

  @Test
  void an_account_and_a_client_are_never_mistaken_for_another_pair_that_reads_alike() {
    attempts(Optional.of("ada@example.com"), "1.2.3.4", PER_ACCOUNT_AND_CLIENT);

    assertThrottled(() -> throttle.acquire(Optional.of("ada@example.com"), "1.2.3.4"));
    throttle.acquire(Optional.of("ada@example.com1"), ".2.3.4");
  }

  @Test
  void takes_a_limit_of_one() {
    assertThat(new SignInLimits(1, 1, 1, Duration.ofNanos(1)).perAccountAndClient()).isOne();
  }

  @Test
  void refuses_limits_that_are_not_positive() {
    assertThatThrownBy(() -> new SignInLimits(0, 1, 1, WINDOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignInLimits(1, 0, 1, WINDOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignInLimits(1, 1, 0, WINDOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignInLimits(1, 1, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
