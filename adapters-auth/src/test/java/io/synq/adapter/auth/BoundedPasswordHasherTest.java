package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.PasswordHasher;
import io.synq.domain.BusyException;
import io.synq.domain.account.Password;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {
  private static final Password PASSWORD = new Password("a passphrase long enough");

  /** Holds every call until released, and counts the calls that have begun. */
  private final Semaphore begun = new Semaphore(0);

  private final CountDownLatch release = new CountDownLatch(1);
  private final PasswordHasher slow =
      new PasswordHasher() {
        @Override
        public String hash(Password password) {
          hold();
          return "hash";
        }

        @Override
        public boolean matches(Password password, String encodedHash) {
          hold();
          return true;
        }

        private void hold() {
          begun.release();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };

  /** A thread per caller, whatever the common pool's size. */
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void releaseAll() {
    release.countDown();
    callers.shutdownNow();
  }

  @Test
  void runs_the_hasher_while_there_is_capacity() {
    release.countDown();
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(slow, 1, Duration.ofSeconds(5));

    assertThat(bounded.hash(PASSWORD)).isEqualTo("hash");
    assertThat(bounded.matches(PASSWORD, "hash")).isTrue();
    assertThat(bounded.hash(PASSWORD)).as("capacity is given back").isEqualTo("hash");
  }

  @Test
  void a_caller_that_waits_too_long_is_refused_with_a_retry_time() throws Exception {
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(slow, 1, Duration.ofMillis(50));
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(() -> bounded.hash(PASSWORD), callers);
    assertThat(begun.tryAcquire(30, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> bounded.matches(PASSWORD, "hash"))
        .isInstanceOfSatisfying(
            BusyException.class,
            busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(1)))
        .hasMessage(BoundedPasswordHasher.BUSY);

    release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("hash");
  }

  @Test
  void beyond_as_many_waiting_as_running_callers_are_refused_without_waiting() throws Exception {
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(slow, 1, Duration.ofMinutes(5));
    CompletableFuture<String> running =
        CompletableFuture.supplyAsync(() -> bounded.hash(PASSWORD), callers);
    assertThat(begun.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> waiting =
        CompletableFuture.supplyAsync(() -> bounded.hash(PASSWORD), callers);
    while (!waiting.isDone() && !bounded.hasWaiting()) {
      Thread.onSpinWait();
    }

    // With five minutes to wait, only an immediate refusal ends this call before the release.
    assertThatThrownBy(() -> bounded.hash(PASSWORD)).isInstanceOf(BusyException.class);

    release.countDown();
    assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo("hash");
    assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("hash");
  }

  @Test
  void passes_on_what_the_hasher_answers_a_refusal_included() {
    PasswordHasher refusing =
        new PasswordHasher() {
          @Override
          public String hash(Password password) {
            return "refusing-hash";
          }

          @Override
          public boolean matches(Password password, String encodedHash) {
            return false;
          }
        };
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(refusing, 1, Duration.ofSeconds(5));

    assertThat(bounded.matches(PASSWORD, "refusing-hash")).isFalse();
    assertThat(bounded.hash(PASSWORD)).isEqualTo("refusing-hash");
  }

  @Test
  void needs_a_capacity_of_at_least_one() {
    assertThatThrownBy(() -> new BoundedPasswordHasher(slow, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
