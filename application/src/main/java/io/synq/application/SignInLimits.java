package io.synq.application;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How many failed sign-ins are allowed per window before sign-in is refused for a while.
 *
 * @param perAccountAndClient for one account from one client address
 * @param perAccount for one account from all addresses together
 * @param perClient for one address, whatever the accounts; higher than per account and client,
 *     since many people may share one address
 */
public record SignInLimits(
    int perAccountAndClient, int perAccount, int perClient, Duration window) {
  /**
   * What the server allows per 15 minutes: 5 for one account from one address, 100 for one account
   * from all of them (guessing spread over addresses), 50 for one address (many people may share
   * one behind NAT or a proxy).
   */
  public static final SignInLimits DEFAULT = new SignInLimits(5, 100, 50, Duration.ofMinutes(15));

  public SignInLimits {
    if (perAccountAndClient < 1 || perAccount < 1 || perClient < 1) {
      throw new IllegalArgumentException("attempt limits must be positive");
    }
    requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the window must be positive");
    }
  }
}
