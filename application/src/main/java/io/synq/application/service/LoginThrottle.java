package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.domain.ThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per key (an email, a client) in a fixed window and refuses further
 * attempts once a key reaches its limit, until the window is over. In memory: each server instance
 * counts on its own.
 */
public final class LoginThrottle {
  /** Above this many tracked keys, expired windows are swept on the next failure. */
  private static final int SWEEP_THRESHOLD = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Window> failures = new ConcurrentHashMap<>();

  public LoginThrottle(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be positive");
    }
    this.maxFailures = maxFailures;
    this.window = requireNonNull(window, "window");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * @throws ThrottledException when the key has used up its failures for the current window
   */
  public void check(String key) {
    Instant now = clock.instant();
    Window current = failures.get(key);
    if (current != null && current.isOpen(now) && current.count() >= maxFailures) {
      Duration wait = Duration.between(now, current.endsAt());
      throw new ThrottledException(
          "Too many failed sign-in attempts; try again later",
          wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
  }

  public void recordFailure(String key) {
    Instant now = clock.instant();
    failures.compute(
        key,
        (k, current) ->
            current == null || !current.isOpen(now)
                ? new Window(now.plus(window), 1)
                : new Window(current.endsAt(), current.count() + 1));
    if (failures.size() > SWEEP_THRESHOLD) {
      failures.values().removeIf(w -> !w.isOpen(now));
    }
  }

  public void reset(String key) {
    failures.remove(key);
  }

  private record Window(Instant endsAt, int count) {
    boolean isOpen(Instant now) {
      return now.isBefore(endsAt);
    }
  }
}
