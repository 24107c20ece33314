package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.PasswordHasher;
import io.synq.domain.BusyException;
import io.synq.domain.account.Password;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bulkhead around a deliberately slow hasher. Argon2id takes a core and 19 MiB for tens of
 * milliseconds, so a flood of sign-ins could otherwise take every core and worker from the rest of
 * the API. At most {@code concurrency} hashes run at once; at most as many again wait, each for at
 * most {@code wait}; anyone beyond, or waiting longer, is refused at once with a {@link
 * BusyException} (503 with {@code Retry-After}).
 */
public final class BoundedPasswordHasher implements PasswordHasher {
  /** Long enough for a hash or two to finish, short enough to hold a worker only briefly. */
  public static final Duration DEFAULT_WAIT = Duration.ofMillis(250);

  static final Duration RETRY_AFTER = Duration.ofSeconds(1);
  static final String BUSY = "too many sign-ins at once; try again in a moment";

  private final PasswordHasher hasher;
  private final Semaphore running;
  private final Semaphore admitted;
  private final Duration wait;

  public BoundedPasswordHasher(PasswordHasher hasher, int concurrency, Duration wait) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.hasher = requireNonNull(hasher, "hasher");
    this.wait = requireNonNull(wait, "wait");
    this.running = new Semaphore(concurrency);
    this.admitted = new Semaphore(2 * concurrency);
  }

  /** As many hashes at once as this machine has cores. */
  public static BoundedPasswordHasher perCore(PasswordHasher hasher) {
    return new BoundedPasswordHasher(
        hasher, Runtime.getRuntime().availableProcessors(), DEFAULT_WAIT);
  }

  @Override
  public String hash(Password password) {
    return bounded(() -> hasher.hash(password));
  }

  @Override
  public boolean matches(Password password, String encodedHash) {
    return bounded(() -> hasher.matches(password, encodedHash));
  }

  /** Whether a caller waits for capacity now, for tests. */
  boolean hasWaiting() {
    return running.hasQueuedThreads();
  }

  private <T> T bounded(Supplier<T> work) {
    if (!admitted.tryAcquire()) {
      throw busy();
    }
    try {
      if (!running.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy();
      }
      try {
        return work.get();
      } finally {
        running.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    } finally {
      admitted.release();
    }
  }

  private static BusyException busy() {
    return new BusyException(BUSY, RETRY_AFTER);
  }
}
