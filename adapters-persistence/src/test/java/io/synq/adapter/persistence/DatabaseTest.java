package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {
  @TempDir Path directory;

  static Stream<Arguments> databases() {
    Function<Path, DatabaseTarget> h2 = DatabaseTarget::h2File;
    Function<Path, DatabaseTarget> postgres = unused -> DatabaseTarget.postgres();
    return Stream.of(Arguments.of(named("H2", h2)), Arguments.of(named("PostgreSQL", postgres)));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void applies_each_migration_once_across_restarts(Function<Path, DatabaseTarget> databases) {
    DatabaseTarget target = databases.apply(directory);
    target.open().close();

    try (Database database = target.open()) {
      List<String> applied =
          database
              .jdbi()
              .withHandle(
                  handle ->
                      handle
                          .createQuery(
                              "SELECT \"version\" FROM \"flyway_schema_history\""
                                  + " WHERE \"type\" = 'SQL' AND \"success\""
                                  + " ORDER BY \"installed_rank\"")
                          .mapTo(String.class)
                          .list());
      List<String> portable = List.of("1", "2", "3", "4", "5", "6", "7", "8");
      if (database.isPostgres()) {
        assertThat(applied).containsExactlyElementsOf(concat(portable, "8.1")); // row security
      } else {
        assertThat(applied).containsExactlyElementsOf(portable);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void is_ready_until_closed(Function<Path, DatabaseTarget> databases) {
    Database database = databases.apply(directory).open();
    assertThat(database.isReady()).isTrue();

    database.close();

    assertThat(database.isReady()).isFalse();
  }

  @Test
  void rejects_an_unsupported_url_naming_the_supported_ones_and_no_secret() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://db/synq?password=hunter2", "u", "p", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:mysql:")
        .hasMessageContaining("only jdbc:h2: and jdbc:postgresql: URLs are supported")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void rejects_a_pool_too_small_to_migrate() {
    assertThatThrownBy(() -> Database.open("jdbc:h2:mem:small", "sa", "", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pool size must be at least 2");
  }

  @Test
  void fails_fast_when_the_database_cannot_be_reached() {
    assertThatThrownBy(
            () -> Database.open("jdbc:postgresql://127.0.0.1:1/synq?password=hunter2", "u", "p", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/synq:")
        .hasMessageNotContaining("hunter2");
  }

  private static List<String> concat(List<String> list, String last) {
    return Stream.concat(list.stream(), Stream.of(last)).toList();
  }
}
