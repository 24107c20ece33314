package io.synq.client;

import java.time.Duration;
import java.util.Optional;

/** 429: too many attempts (sign-in failures, say); try again after {@link #retryAfter()}. */
public class SynqThrottledException extends SynqApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public SynqThrottledException(String error, Optional<Duration> retryAfter) {
    super(429, error);
    this.retryAfter = retryAfter.orElse(null);
  }

  /** The server's {@code Retry-After} in seconds; empty when it sent none or an unreadable one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
