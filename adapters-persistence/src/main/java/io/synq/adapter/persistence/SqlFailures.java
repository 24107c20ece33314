package io.synq.adapter.persistence;

import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** What a failed statement says about its cause, by SQLState, the same on H2 and PostgreSQL. */
final class SqlFailures {
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlFailures() {}

  /** A unique-constraint violation, which the adapters turn into a conflict. */
  static boolean isUniqueViolation(UnableToExecuteStatementException e) {
    return UNIQUE_VIOLATION.equals(sqlState(e));
  }

  /** The SQLState the database reported, or null when the failure did not come from it. */
  static String sqlState(UnableToExecuteStatementException e) {
    return e.getCause() instanceof SQLException cause ? cause.getSQLState() : null;
  }
}
