package io.synq.domain;

import java.time.Duration;

/** A refusal the caller may retry unchanged once {@link #retryAfter()} has passed. */
public abstract class RetryLaterException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  protected RetryLaterException(Kind kind, String message, Duration retryAfter) {
    super(kind, message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
