package io.synq.domain;

import java.time.Duration;

/** Too many attempts in too short a time: the caller may try again after {@link #retryAfter()}. */
public final class ThrottledException extends RetryLaterException {
  private static final long serialVersionUID = 1L;

  public ThrottledException(String message, Duration retryAfter) {
    super(Kind.THROTTLED, message, retryAfter);
  }
}
