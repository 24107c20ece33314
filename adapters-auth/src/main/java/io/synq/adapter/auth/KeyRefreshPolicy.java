package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How cached verification keys are reloaded.
 *
 * @param minInterval at most one load per this interval, whatever triggers it (an unknown key id,
 *     an old cache): a stream of tokens with bogus key ids cannot hammer the issuer
 * @param maxAge cached keys older than this are reloaded on the next verification, so that a key
 *     the issuer withdrew stops being trusted
 * @param unknownKeyWait the longest a verification with an unknown key id waits for a load in
 *     flight before it is rejected: a stalled issuer never holds a request for longer
 */
public record KeyRefreshPolicy(Duration minInterval, Duration maxAge, Duration unknownKeyWait) {
  /** A verification waits at most 2 seconds for a load of keys it does not know. */
  public static final Duration DEFAULT_UNKNOWN_KEY_WAIT = Duration.ofSeconds(2);

  /** At most one load per 30 seconds; reload keys older than 10 minutes; wait at most 2 seconds. */
  public static final KeyRefreshPolicy DEFAULT =
      new KeyRefreshPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10));

  public KeyRefreshPolicy {
    requirePositive(minInterval, "minInterval");
    requirePositive(maxAge, "maxAge");
    requirePositive(unknownKeyWait, "unknownKeyWait");
  }

  /** With the default {@link #DEFAULT_UNKNOWN_KEY_WAIT}. */
  public KeyRefreshPolicy(Duration minInterval, Duration maxAge) {
    this(minInterval, maxAge, DEFAULT_UNKNOWN_KEY_WAIT);
  }

  private static void requirePositive(Duration duration, String name) {
    requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
