package io.synq.domain;

import java.time.Duration;

/** Too many attempts in too short a time: the caller may try again after {@link #retryAfter()}. */
public final class ThrottledException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public ThrottledException(String message, Duration retryAfter) {
    super(Kind.THROTTLED, message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
