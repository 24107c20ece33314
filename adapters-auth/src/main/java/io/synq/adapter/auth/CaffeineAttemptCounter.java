package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.synq.application.port.out.AttemptCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An {@link AttemptCounter} in this server's memory, bounded, on Caffeine. Windows live in two
 * pools of at most {@code maxWindows} each: those still counting, and those that have used up their
 * limit. A window moves to the second pool when it is used up, so a flood of attempts with new keys
 * (random emails, say) only ever displaces other windows still counting, never a throttled one;
 * within a pool, Caffeine forgets the least used windows first. Every window is forgotten when it
 * ends. Each server instance counts on its own.
 *
 * <p>All changes to a key run inside the counting pool's atomic {@code compute} for that key, which
 * also moves the key in and out of the used-up pool, so concurrent attempts cannot slip past.
 */
public final class CaffeineAttemptCounter implements AttemptCounter {
  private final Clock clock;
  private final Cache<String, Window> counting;
  private final Cache<String, Window> usedUp;

  /**
   * @param maxWindows the most windows kept in each pool
   * @param clock the time windows are counted and forgotten by
   */
  public CaffeineAttemptCounter(long maxWindows, Clock clock) {
    this.clock = requireNonNull(clock, "clock");
    if (maxWindows < 1) {
      throw new IllegalArgumentException("the number of windows must be positive");
    }
    this.counting = pool(maxWindows, clock);
    this.usedUp = pool(maxWindows, clock);
  }

  private static Cache<String, Window> pool(long maxWindows, Clock clock) {
    return Caffeine.newBuilder()
        .maximumSize(maxWindows)
        .expireAfter(new UntilTheWindowEnds())
        .ticker(() -> nanos(clock.instant()))
        // Eviction and expiry on the calling thread: no pool of threads of our own to size.
        .executor(Runnable::run)
        .build();
  }

  @Override
  public Optional<Duration> count(String key, int limit, Duration window) {
    Instant now = clock.instant();
    Duration[] refused = {null};
    counting
        .asMap()
        .compute(
            key,
            (k, current) -> {
              Optional<Window> full = usedUp(k, now);
              if (full.isPresent()) {
                refused[0] = Duration.between(now, full.get().endsAt());
                return null;
              }
              Window next =
                  current == null || !current.isOpen(now)
                      ? new Window(now.plus(window), 1)
                      : current.plus(1);
              if (next.count() < limit) {
                return next;
              }
              usedUp.put(k, next);
              return null;
            });
    return Optional.ofNullable(refused[0]);
  }

  @Override
  public void giveBack(String key) {
    Instant now = clock.instant();
    counting
        .asMap()
        .compute(
            key,
            (k, current) -> {
              Optional<Window> full = usedUp(k, now);
              full.ifPresent(w -> usedUp.invalidate(k));
              Window given = full.orElse(current);
              return given == null || given.count() <= 1 ? null : given.plus(-1);
            });
  }

  @Override
  public void reset(String key) {
    counting
        .asMap()
        .compute(
            key,
            (k, current) -> {
              usedUp.invalidate(k);
              return null;
            });
  }

  private Optional<Window> usedUp(String key, Instant now) {
    return Optional.ofNullable(usedUp.getIfPresent(key)).filter(w -> w.isOpen(now));
  }

  /** How many windows both pools keep, once pending evictions and expiries are done; for tests. */
  long windowsKept() {
    counting.cleanUp();
    usedUp.cleanUp();
    return counting.estimatedSize() + usedUp.estimatedSize();
  }

  private static long nanos(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }

  private record Window(Instant endsAt, int count) {
    boolean isOpen(Instant now) {
      return now.isBefore(endsAt);
    }

    Window plus(int attempts) {
      return new Window(endsAt, count + attempts);
    }
  }

  /** Caffeine's times are ticker nanoseconds: here the clock's nanoseconds since the epoch. */
  private static final class UntilTheWindowEnds implements Expiry<String, Window> {
    @Override
    public long expireAfterCreate(String key, Window window, long now) {
      return Math.max(0, nanos(window.endsAt()) - now);
    }

    @Override
    public long expireAfterUpdate(String key, Window window, long now, long currentDuration) {
      return expireAfterCreate(key, window, now);
    }

    @Override
    public long expireAfterRead(String key, Window window, long now, long currentDuration) {
      return currentDuration;
    }
  }
}
