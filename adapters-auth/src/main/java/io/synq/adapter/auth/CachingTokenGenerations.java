package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.synq.application.port.out.TokenGenerations;
import io.synq.domain.tenancy.OrgScope;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Remembers users' token generations for a short while, so that an authenticated request costs a
 * lookup in memory rather than a database round trip. A revocation made on any instance is seen by
 * this one once the entry it replaces has expired, so within {@code staleness} (plus one read): the
 * bound the README states. Answers are remembered whatever they are, the empty one included; a
 * failed read is not.
 */
public final class CachingTokenGenerations implements TokenGenerations {
  /** Four seconds, so that a revocation takes effect within five on every instance. */
  public static final Duration DEFAULT_STALENESS = Duration.ofSeconds(4);

  /** About 100 bytes an entry: 10 MB at most, for the active users of one instance. */
  private static final long MAX_USERS = 100_000;

  private final LoadingCache<Key, OptionalLong> generations;

  /**
   * @param stored where the generations are read from when an entry is missing or expired
   * @param clock the clock entries expire by
   */
  public CachingTokenGenerations(TokenGenerations stored, Duration staleness, Clock clock) {
    requireNonNull(stored, "stored");
    if (staleness.isNegative() || staleness.isZero()) {
      throw new IllegalArgumentException("staleness must be positive: use the store itself");
    }
    this.generations =
        Caffeine.newBuilder()
            .maximumSize(MAX_USERS)
            .expireAfterWrite(staleness)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            // Loads and evictions on the calling thread: concurrent misses of one user share one
            // read, and there is no pool of threads of our own to size.
            .executor(Runnable::run)
            .build(key -> stored.current(key.scope(), key.subject()));
  }

  @Override
  public OptionalLong current(OrgScope scope, String subject) {
    return generations.get(new Key(scope, subject));
  }

  private record Key(OrgScope scope, String subject) {}
}
