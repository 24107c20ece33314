package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.synq.application.port.out.TokenGenerations;
import io.synq.domain.tenancy.OrgScope;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Remembers users' token generations for a short while, so that an authenticated request costs a
 * lookup in memory rather than a database round trip. A revocation made on any instance is seen by
 * this one once the entry it replaces has expired, so within {@code staleness} (plus one read): the
 * bound the README states. Answers are remembered whatever they are, the empty one included; a
 * failed read is not.
 *
 * <p>Concurrent requests of one user that find no entry share one read, and its failure: while the
 * database does not answer, they all fail after one wait instead of queueing for one each.
 */
public final class CachingTokenGenerations implements TokenGenerations {
  /** Four seconds, so that a revocation takes effect within five on every instance. */
  public static final Duration DEFAULT_STALENESS = Duration.ofSeconds(4);

  /** About 100 bytes an entry: 10 MB at most, for the active users of one instance. */
  private static final long MAX_USERS = 100_000;

  private final TokenGenerations stored;
  private final Cache<Key, OptionalLong> generations;
  private final ConcurrentMap<Key, CompletableFuture<OptionalLong>> reading =
      new ConcurrentHashMap<>();

  /**
   * @param stored where the generations are read from when an entry is missing or expired
   * @param clock the clock entries expire by
   */
  public CachingTokenGenerations(TokenGenerations stored, Duration staleness, Clock clock) {
    this.stored = requireNonNull(stored, "stored");
    if (staleness.isNegative() || staleness.isZero()) {
      throw new IllegalArgumentException("staleness must be positive: use the store itself");
    }
    this.generations =
        Caffeine.newBuilder()
            .maximumSize(MAX_USERS)
            .expireAfterWrite(staleness)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            // Evictions on the calling thread: no pool of threads of our own to size.
            .executor(Runnable::run)
            .build();
  }

  @Override
  public OptionalLong current(OrgScope scope, String subject) {
    Key key = new Key(scope, subject);
    OptionalLong remembered = generations.getIfPresent(key);
    if (remembered != null) {
      return remembered;
    }
    CompletableFuture<OptionalLong> mine = new CompletableFuture<>();
    CompletableFuture<OptionalLong> running = reading.putIfAbsent(key, mine);
    if (running != null) {
      return outcomeOf(running);
    }
    try {
      OptionalLong read = stored.current(scope, subject);
      generations.put(key, read);
      mine.complete(read);
      return read;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      reading.remove(key, mine);
    }
  }

  /** The shared read's answer, or its very failure. */
  private static OptionalLong outcomeOf(CompletableFuture<OptionalLong> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  private record Key(OrgScope scope, String subject) {}
}
