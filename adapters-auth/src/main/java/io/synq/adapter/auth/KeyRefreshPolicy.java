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
 */
public record KeyRefreshPolicy(Duration minInterval, Duration maxAge) {
  /** At most one load per 30 seconds; reload keys older than 10 minutes. */
  public static final KeyRefreshPolicy DEFAULT =
      new KeyRefreshPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10));

  public KeyRefreshPolicy {
    requirePositive(minInterval, "minInterval");
    requirePositive(maxAge, "maxAge");
  }

  private static void requirePositive(Duration duration, String name) {
    requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
