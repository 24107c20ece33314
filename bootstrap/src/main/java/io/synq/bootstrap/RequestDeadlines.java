package io.synq.bootstrap;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;

/**
 * The deadline for receiving a whole request, headers and body, counted from its first byte. A
 * client that has not sent it all by then gets {@code 408} in the API's JSON shape and its
 * connection is closed, so a slow or stalled client holds a connection for a bounded time.
 *
 * <p>A request is received once the application takes it up (see {@link WholeBodyFirst}); what the
 * application then takes is not bounded here.
 */
final class RequestDeadlines implements AutoCloseable {
  private static final Attribute<Pending> PENDING =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(RequestDeadlines.class.getName());

  private final Duration timeout;
  private final RawErrorResponse timedOut;
  private final ScheduledThreadPoolExecutor timer = newTimer();

  RequestDeadlines(Duration timeout) {
    this.timeout = timeout;
    this.timedOut =
        new RawErrorResponse(
            Response.Status.REQUEST_TIMEOUT,
            "the whole request must arrive within " + timeout.toMillis() + " ms");
  }

  /** The first bytes of a new request arrived on the connection: its deadline starts now. */
  void started(Connection<?> connection) {
    Pending pending = new Pending();
    Pending previous = PENDING.get(connection);
    if (previous != null) {
      previous.cancel();
    }
    PENDING.set(connection, pending);
    pending.timeout =
        timer.schedule(
            () -> expire(connection, pending), timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The request is received and goes to the application.
   *
   * @return false when its deadline had passed already: it was answered with 408 and must not run
   */
  boolean received(Connection<?> connection) {
    Pending pending = PENDING.remove(connection);
    return pending == null || pending.cancel();
  }

  /** The connection closed: nothing to answer any more. */
  void closed(Connection<?> connection) {
    Pending pending = PENDING.remove(connection);
    if (pending != null) {
      pending.cancel();
    }
  }

  private void expire(Connection<?> connection, Pending pending) {
    if (pending.settle()) {
      PENDING.remove(connection);
      timedOut.sendAndClose(connection);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /**
   * One daemon thread; a deadline met is removed from its queue at once, so the queue holds only
   * the requests still arriving, not every request of the last few seconds.
   */
  private static ScheduledThreadPoolExecutor newTimer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "synq-request-deadlines");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /** One request's deadline: whoever settles it first, the application or the timer, wins. */
  private static final class Pending {
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile ScheduledFuture<?> timeout;

    boolean settle() {
      return settled.compareAndSet(false, true);
    }

    /** Settles it before the timer: true when that came in time. */
    boolean cancel() {
      boolean inTime = settle();
      ScheduledFuture<?> scheduled = timeout;
      if (inTime && scheduled != null) {
        scheduled.cancel(false);
      }
      return inTime;
    }
  }
}
