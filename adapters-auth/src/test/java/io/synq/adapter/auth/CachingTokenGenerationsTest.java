package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.TokenGenerations;
import io.synq.application.testing.TestClock;
import io.synq.domain.tenancy.OrgScope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingTokenGenerationsTest {
  private static final OrgScope SCOPE = OrgScope.of("acme", "sales");
  private static final Duration STALENESS = Duration.ofSeconds(4);

  private final TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final StoredGenerations stored = new StoredGenerations();
  private final CachingTokenGenerations cached =
      new CachingTokenGenerations(stored, STALENESS, clock);

  @Test
  void answers_again_from_memory_within_the_staleness() {
    stored.set("ada", 3);

    assertThat(cached.current(SCOPE, "ada")).hasValue(3);
    stored.set("ada", 4);
    clock.advance(STALENESS.minusMillis(1));

    assertThat(cached.current(SCOPE, "ada")).hasValue(3);
    assertThat(stored.reads.get()).isEqualTo(1);
  }

  @Test
  void sees_a_new_generation_once_the_staleness_has_passed() {
    stored.set("ada", 3);
    cached.current(SCOPE, "ada");
    stored.set("ada", 4);

    clock.advance(STALENESS);

    assertThat(cached.current(SCOPE, "ada")).hasValue(4);
    assertThat(stored.reads.get()).isEqualTo(2);
  }

  @Test
  void remembers_that_there_is_no_such_user_no_longer_than_anything_else() {
    assertThat(cached.current(SCOPE, "nobody")).isEmpty();
    stored.set("nobody", 0);
    assertThat(cached.current(SCOPE, "nobody")).isEmpty();

    clock.advance(STALENESS);

    assertThat(cached.current(SCOPE, "nobody")).hasValue(0);
  }

  @Test
  void keeps_each_scope_and_subject_apart() {
    stored.set("ada", 3);

    assertThat(cached.current(SCOPE, "ada")).hasValue(3);
    assertThat(cached.current(OrgScope.of("acme", "support"), "ada")).isEmpty();
    assertThat(cached.current(OrgScope.of("other", "sales"), "ada")).isEmpty();
    assertThat(cached.current(SCOPE, "grace")).isEmpty();
  }

  @Test
  void does_not_remember_a_failed_read() {
    stored.failing = true;
    assertThatThrownBy(() -> cached.current(SCOPE, "ada")).hasMessage("database down");

    stored.failing = false;
    stored.set("ada", 5);

    assertThat(cached.current(SCOPE, "ada")).hasValue(5);
  }

  @Test
  void concurrent_misses_share_one_read_and_its_failure() throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger reads = new AtomicInteger();
    TokenGenerations slowAndFailing =
        (scope, subject) -> {
          reads.incrementAndGet();
          reading.countDown();
          await(release);
          throw new IllegalStateException("database down");
        };
    CachingTokenGenerations shared = new CachingTokenGenerations(slowAndFailing, STALENESS, clock);
    List<Thread> callers = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    Runnable ask =
        () -> {
          try {
            shared.current(SCOPE, "ada");
          } catch (RuntimeException e) {
            failures.add(e);
          }
        };

    callers.add(started(ask));
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 3; i++) {
      callers.add(started(ask));
    }
    for (Thread later : callers.subList(1, 4)) {
      awaitWaiting(later); // parked on the read in flight
    }
    release.countDown();
    for (Thread caller : callers) {
      caller.join(10_000);
    }

    assertThat(reads).hasValue(1);
    assertThat(failures).hasSize(4).allSatisfy(e -> assertThat(e).hasMessage("database down"));
  }

  private static Thread started(Runnable work) {
    Thread thread = new Thread(work);
    thread.start();
    return thread;
  }

  private static void awaitWaiting(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(thread.getState()).isEqualTo(Thread.State.WAITING);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void refuses_a_staleness_that_is_no_cache() {
    assertThatThrownBy(() -> new CachingTokenGenerations(stored, Duration.ZERO, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Generations of users of {@link #SCOPE} only, counting its reads. */
  private static final class StoredGenerations implements TokenGenerations {
    private final Map<String, Long> bySubject = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean failing;

    void set(String subject, long generation) {
      bySubject.put(subject, generation);
    }

    @Override
    public OptionalLong current(OrgScope scope, String subject) {
      reads.incrementAndGet();
      if (failing) {
        throw new IllegalStateException("database down");
      }
      Long generation = scope.equals(SCOPE) ? bySubject.get(subject) : null;
      return generation == null ? OptionalLong.empty() : OptionalLong.of(generation);
    }
  }
}
