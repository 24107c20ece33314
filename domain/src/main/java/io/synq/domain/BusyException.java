package io.synq.domain;

import java.time.Duration;

/**
 * The capacity for this kind of work is in use: not the caller's fault, and it may try again after
 * {@link #retryAfter()}.
 */
public final class BusyException extends RetryLaterException {
  private static final long serialVersionUID = 1L;

  public BusyException(String message, Duration retryAfter) {
    super(Kind.UNAVAILABLE, message, retryAfter);
  }
}
