package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** How far a verifier lets a token's times disagree with its own clock. */
public final class ClockSkew {
  /**
   * The most any verifier allows: more would let an expired token live on noticeably, and retired
   * signing keys are kept only this much past their last token's expiry.
   */
  public static final Duration MAX = Duration.ofMinutes(5);

  private ClockSkew() {}

  /** The skew itself, once it is known to lie between zero and {@link #MAX}. */
  static Duration require(Duration clockSkew) {
    requireNonNull(clockSkew, "clockSkew");
    if (clockSkew.isNegative() || clockSkew.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(
          "clockSkew must be between 0 and " + MAX.toSeconds() + " seconds");
    }
    return clockSkew;
  }
}
