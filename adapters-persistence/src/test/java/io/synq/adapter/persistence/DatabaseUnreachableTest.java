package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUnreachableTest {
  @Test
  void no_connection_within_the_pools_timeout_is_unreachable_however_deep() {
    SQLTransientConnectionException timeout =
        new SQLTransientConnectionException("synq-db - Connection is not available");

    assertThat(Database.isUnreachable(timeout)).isTrue();
    assertThat(Database.isUnreachable(new IllegalStateException(new RuntimeException(timeout))))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"08001", "08006", "57P01", "57P02", "57P03"})
  void a_broken_connection_or_a_database_shutting_down_is_unreachable(String sqlState) {
    assertThat(Database.isUnreachable(new RuntimeException(new SQLException("gone", sqlState))))
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "42P01", "40001", "57014"})
  void a_statement_the_database_refused_is_not(String sqlState) {
    assertThat(Database.isUnreachable(new RuntimeException(new SQLException("no", sqlState))))
        .isFalse();
  }

  @Test
  void a_failure_without_any_sql_cause_is_not() {
    assertThat(Database.isUnreachable(new IllegalStateException("bug"))).isFalse();
    assertThat(Database.isUnreachable(new SQLException("no state"))).isFalse();
  }
}
