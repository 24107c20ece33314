package io.synq.bootstrap;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes, every few minutes, what no longer counts for anything: expired refresh tokens, ended
 * sign-in windows, retired signing keys (see {@link Wiring#housekeepingTasks()}). Every instance
 * runs it. Each task is an idempotent delete along an index, so instances running it at the same
 * moment do no harm, and a run with nothing to delete costs one index probe per task.
 */
final class Housekeeping implements AutoCloseable {
  /** Between the end of one run and the start of the next; the first runs a minute in. */
  static final Duration INTERVAL = Duration.ofMinutes(10);

  private static final Duration FIRST_RUN = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

  /** One kind of thing to delete; {@code run} deletes it and says how many. */
  record Task(String what, IntSupplier run) {
    Task {
      requireNonNull(what, "what");
      requireNonNull(run, "run");
    }
  }

  private final List<Task> tasks;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          work -> {
            Thread thread = new Thread(work, "synq-housekeeping");
            thread.setDaemon(true);
            return thread;
          });

  private Housekeeping(List<Task> tasks) {
    this.tasks = List.copyOf(tasks);
  }

  /** Runs the tasks every {@link #INTERVAL} until closed. */
  static Housekeeping start(List<Task> tasks) {
    Housekeeping housekeeping = new Housekeeping(tasks);
    housekeeping.timer.scheduleWithFixedDelay(
        housekeeping::runOnce, FIRST_RUN.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    return housekeeping;
  }

  /**
   * Runs every task once. A task that fails (the database is down, say) is logged and tried again
   * at the next run; the others run all the same.
   *
   * @return how many things were deleted in all
   */
  static int runOnce(List<Task> tasks) {
    int deleted = 0;
    for (Task task : tasks) {
      try {
        int count = task.run().getAsInt();
        if (count > 0) {
          LOG.info("Housekeeping deleted {} {}", count, task.what());
        }
        deleted += count;
      } catch (RuntimeException e) {
        LOG.warn("Housekeeping could not delete {}: {}", task.what(), e.toString());
      }
    }
    return deleted;
  }

  private void runOnce() {
    runOnce(tasks);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
