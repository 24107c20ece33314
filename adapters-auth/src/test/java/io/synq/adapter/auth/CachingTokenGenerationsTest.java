package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.TokenGenerations;
import io.synq.application.testing.TestClock;
import io.synq.domain.tenancy.OrgScope;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
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
