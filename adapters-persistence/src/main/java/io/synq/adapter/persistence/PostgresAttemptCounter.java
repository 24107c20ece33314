package io.synq.adapter.persistence;

import static io.synq.adapter.persistence.Timestamps.fromColumn;
import static io.synq.adapter.persistence.Timestamps.toColumn;
import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.AttemptCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * An {@link AttemptCounter} in the {@code sign_in_attempt} table of a PostgreSQL database, so that
 * every instance on it counts against the same limits. Each attempt is one atomic upsert: the row
 * lock that {@code ON CONFLICT DO UPDATE} takes makes concurrent attempts of one key, from any
 * instance, count one after the other. Ended windows stay until {@link #deleteEnded} removes them;
 * until then a new attempt starts a new window in their row.
 */
public final class PostgresAttemptCounter implements AttemptCounter {
  /**
   * Counts the attempt unless the key's window is still open and full; returns nothing when it was
   * refused (the WHERE of the update then leaves the row as it is).
   */
  private static final String COUNT =
      """
      INSERT INTO sign_in_attempt AS a (key_hash, window_ends_at, attempts)
      VALUES (:key, :newWindowEnds, 1)
      ON CONFLICT (key_hash) DO UPDATE SET
        attempts = CASE WHEN a.window_ends_at <= :now THEN 1 ELSE a.attempts + 1 END,
        window_ends_at = CASE WHEN a.window_ends_at <= :now
          THEN EXCLUDED.window_ends_at ELSE a.window_ends_at END
      WHERE a.window_ends_at <= :now OR a.attempts < :limit
      RETURNING attempts""";

  private static final String WINDOW_ENDS =
      "SELECT window_ends_at FROM sign_in_attempt WHERE key_hash = :key";

  private static final String GIVE_BACK =
      """
      UPDATE sign_in_attempt SET attempts = attempts - 1
      WHERE key_hash = :key AND window_ends_at > :now AND attempts > 0""";

  private static final String RESET = "DELETE FROM sign_in_attempt WHERE key_hash = :key";

  private static final String DELETE_ENDED =
      "DELETE FROM sign_in_attempt WHERE window_ends_at <= :now";

  private final Jdbi jdbi;
  private final Clock clock;

  public PostgresAttemptCounter(Jdbi jdbi, Clock clock) {
    this.jdbi = requireNonNull(jdbi, "jdbi");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Optional<Duration> count(String key, int limit, Duration window) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        handle -> {
          boolean counted =
              handle
                  .createQuery(COUNT)
                  .bind("key", key)
                  .bind("newWindowEnds", toColumn(now.plus(window)))
                  .bind("now", toColumn(now))
                  .bind("limit", limit)
                  .mapTo(Integer.class)
                  .findOne()
                  .isPresent();
          if (counted) {
            return Optional.<Duration>empty();
          }
          // Refused: the row is locked by this transaction's upsert, so its end is the one that
          // refused.
          Instant ends =
              handle
                  .createQuery(WINDOW_ENDS)
                  .bind("key", key)
                  .map((row, context) -> fromColumn(row, "window_ends_at"))
                  .one();
          return Optional.of(Duration.between(now, ends));
        });
  }

  @Override
  public void giveBack(String key) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(GIVE_BACK)
                .bind("key", key)
                .bind("now", toColumn(clock.instant()))
                .execute());
  }

  @Override
  public void reset(String key) {
    jdbi.useHandle(handle -> handle.createUpdate(RESET).bind("key", key).execute());
  }

  /**
   * Deletes the windows that have ended: cheap when there are none (an index range scan).
   *
   * @return how many were deleted
   */
  public int deleteEnded() {
    return jdbi.withHandle(
        handle ->
            handle.createUpdate(DELETE_ENDED).bind("now", toColumn(clock.instant())).execute());
  }
}
