package io.synq.bootstrap;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What one client may take of the standalone server (the README's "Limits and protections").
 *
 * @param requestTimeout to send a whole request, headers and body, from its first byte; then 408
 * @param maxHeaderBytes request line and headers together; more is 431
 * @param workerThreads threads that run the application; no client holds one while its request is
 *     still arriving
 * @param cleartextHttp2 whether to take up {@code Upgrade: h2c}; off, such requests are answered in
 *     HTTP/1.1
 */
public record HttpLimits(
    Duration requestTimeout, int maxHeaderBytes, int workerThreads, boolean cleartextHttp2) {
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** Room for an ID token several times over: a legitimate one is a few kilobytes. */
  public static final int DEFAULT_MAX_HEADER_BYTES = 32 * 1024;

  public static final int MIN_MAX_HEADER_BYTES = 16 * 1024;
  public static final int DEFAULT_WORKER_THREADS = 32;
  public static final HttpLimits DEFAULTS =
      new HttpLimits(
          DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_HEADER_BYTES, DEFAULT_WORKER_THREADS, false);

  public HttpLimits {
    requireNonNull(requestTimeout, "requestTimeout");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
    if (maxHeaderBytes < 1 || workerThreads < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public HttpLimits withRequestTimeout(Duration timeout) {
    return new HttpLimits(timeout, maxHeaderBytes, workerThreads, cleartextHttp2);
  }
}
