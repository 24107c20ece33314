package io.synq.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants in {@code TIMESTAMP(6) WITH TIME ZONE} columns. They go through {@link OffsetDateTime}
 * in UTC, which both drivers map exactly, never through the JVM's default time zone as {@link
 * java.sql.Timestamp} would. Kept to the microsecond, truncated here since PostgreSQL would round.
 */
final class Timestamps {
  private Timestamps() {}

  static OffsetDateTime toColumn(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  static Instant fromColumn(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  static OffsetDateTime toColumn(Optional<Instant> instant) {
    return instant.map(Timestamps::toColumn).orElse(null);
  }

  /** A nullable column: empty for SQL NULL. */
  static Optional<Instant> optionalFromColumn(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }
}
