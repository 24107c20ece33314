package io.synq.bootstrap;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Answers a readiness probe at once, whatever the check it wraps costs. A check can block: asking
 * for a connection waits up to the pool's timeout while the database is down or every connection is
 * taken by requests that wait for it. So the check runs on another thread, started by a probe when
 * none runs and the last result is older than {@code freshFor}; a probe answers that last result,
 * or not ready while a check has been running longer than {@code patience}.
 */
final class PromptReadiness implements BooleanSupplier {
  static final Duration FRESH_FOR = Duration.ofSeconds(1);
  static final Duration PATIENCE = Duration.ofSeconds(1);

  private final BooleanSupplier check;
  private final Executor executor;
  private final LongSupplier nanoTime;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean ready;
  private volatile long checkedAt;
  private volatile long startedAt;

  /**
   * Runs the first check here and now, so the first probe knows the answer.
   *
   * @param executor runs the later checks; each runs to its end
   */
  PromptReadiness(BooleanSupplier check, Executor executor, LongSupplier nanoTime) {
    this.check = requireNonNull(check, "check");
    this.executor = requireNonNull(executor, "executor");
    this.nanoTime = requireNonNull(nanoTime, "nanoTime");
    this.ready = safely(check);
    this.checkedAt = nanoTime.getAsLong();
  }

  /** Over the check, with checks on a daemon thread of their own and the system's nano time. */
  static PromptReadiness of(BooleanSupplier check) {
    return new PromptReadiness(
        check,
        work -> {
          Thread thread = new Thread(work, "synq-readiness");
          thread.setDaemon(true);
          thread.start();
        },
        System::nanoTime);
  }

  @Override
  public boolean getAsBoolean() {
    long now = nanoTime.getAsLong();
    if (running.get()) {
      return ready && now - startedAt <= PATIENCE.toNanos();
    }
    if (now - checkedAt > FRESH_FOR.toNanos() && running.compareAndSet(false, true)) {
      startedAt = now;
      executor.execute(this::checkAgain);
    }
    return ready;
  }

  private void checkAgain() {
    try {
      ready = safely(check);
    } finally {
      checkedAt = nanoTime.getAsLong();
      running.set(false);
    }
  }

  /** A check that throws says "not ready" as plainly as one that answers so. */
  private static boolean safely(BooleanSupplier check) {
    try {
      return check.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
