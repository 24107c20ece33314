package io.synq.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Optional<String> ADA = Optional.of("ada@example.com");

  private final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));

  @Test
  void parallel_attempts_cannot_slip_past_the_limit() throws Exception {
    LoginThrottle throttle = new LoginThrottle(3, 1000, WINDOW, clock);
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

      assertThat(admitted).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void successful_sign_ins_cost_a_shared_client_nothing() {
    LoginThrottle throttle = new LoginThrottle(3, 3, WINDOW, clock);
    for (int i = 0; i < 10; i++) {
      Optional<String> someone = Optional.of("user" + i + "@example.com");
      throttle.acquire(someone, "office");
      throttle.succeeded(someone, "office");
    }

    throttle.acquire(ADA, "office");
  }

  @Test
  void a_client_may_fail_more_often_than_one_email() {
    LoginThrottle throttle = new LoginThrottle(2, 4, WINDOW, clock);
    for (int i = 0; i < 4; i++) {
      throttle.acquire(Optional.of("user" + i + "@example.com"), "office");
    }

    assertThatThrownBy(() -> throttle.acquire(Optional.of("new@example.com"), "office"))
        .isInstanceOfSatisfying(
            ThrottledException.class, e -> assertThat(e.retryAfter()).isEqualTo(WINDOW));
    throttle.acquire(ADA, "elsewhere");
    throttle.acquire(ADA, "elsewhere");
    assertThatThrownBy(() -> throttle.acquire(ADA, "elsewhere"))
        .isInstanceOf(ThrottledException.class);
  }

  @Test
  void a_malformed_email_counts_against_the_client_only() {
    LoginThrottle throttle = new LoginThrottle(1, 5, WINDOW, clock);

    throttle.acquire(Optional.empty(), "c");
    throttle.acquire(Optional.empty(), "c");
    throttle.acquire(ADA, "c");

    assertThatThrownBy(() -> throttle.acquire(ADA, "c")).isInstanceOf(ThrottledException.class);
  }
}
