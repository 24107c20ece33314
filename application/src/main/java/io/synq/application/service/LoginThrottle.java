package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.domain.ThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits sign-in attempts per email and per client in a fixed window. An attempt is counted before
 * the password is checked, atomically, so parallel guesses cannot slip past the limit; success
 * gives the email a fresh start and the client its attempt back. In memory: each server instance
 * counts on its own.
 */
public final class LoginThrottle {
  /** Keys tracked per kind before expired windows are swept; past it, tracking starts afresh. */
  private static final int MAX_KEYS = 100_000;

  private final Counter perEmail;
  private final Counter perClient;

  /** The same limit for an email and for a client. */
  public LoginThrottle(int maxAttempts, Duration window, Clock clock) {
    this(maxAttempts, maxAttempts, window, clock);
  }

  /**
   * @param maxPerEmail failed attempts one email may have within a window
   * @param maxPerClient failed attempts one client may have within a window, whatever the emails;
   *     higher than per email, since many people may share one address
   */
  public LoginThrottle(int maxPerEmail, int maxPerClient, Duration window, Clock clock) {
    requireNonNull(window, "window");
    requireNonNull(clock, "clock");
    this.perEmail = new Counter(maxPerEmail, window, clock);
    this.perClient = new Counter(maxPerClient, window, clock);
  }

  /**
   * Counts an attempt for the client and, when the email is well-formed, for the email.
   *
   * @throws ThrottledException when either has used up its attempts for the current window
   */
  public void acquire(Optional<String> email, String client) {
    perClient.acquire(client);
    email.ifPresent(perEmail::acquire);
  }

  /** The attempt succeeded: the email starts afresh and the client's attempt is given back. */
  public void succeeded(Optional<String> email, String client) {
    email.ifPresent(perEmail::reset);
    perClient.release(client);
  }

  private static final class Counter {
    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    Counter(int max, Duration window, Clock clock) {
      if (max < 1) {
        throw new IllegalArgumentException("the attempt limit must be positive");
      }
      this.max = max;
      this.window = window;
      this.clock = clock;
    }

    void acquire(String key) {
      Instant now = clock.instant();
      makeRoom(now);
      Window counted =
          windows.compute(
              key,
              (k, current) -> {
                if (current == null || !current.isOpen(now)) {
                  return new Window(now.plus(window), 1, false);
                }
                return current.count() >= max
                    ? new Window(current.endsAt(), current.count(), true)
                    : new Window(current.endsAt(), current.count() + 1, false);
              });
      if (counted.refused()) {
        Duration wait = Duration.between(now, counted.endsAt());
        throw new ThrottledException(
            "Too many failed sign-in attempts; try again later",
            wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
      }
    }

    void release(String key) {
      windows.computeIfPresent(
          key,
          (k, current) ->
              current.count() <= 1
                  ? null
                  : new Window(current.endsAt(), current.count() - 1, false));
    }

    void reset(String key) {
      windows.remove(key);
    }

    /** Bounds memory against floods of new keys: sweep expired windows, else start afresh. */
    private void makeRoom(Instant now) {
      if (windows.size() < MAX_KEYS) {
        return;
      }
      windows.values().removeIf(w -> !w.isOpen(now));
      if (windows.size() >= MAX_KEYS) {
        windows.clear();
      }
    }
  }

  private record Window(Instant endsAt, int count, boolean refused) {
    boolean isOpen(Instant now) {
      return now.isBefore(endsAt);
    }
  }
}
