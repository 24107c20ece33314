package io.synq.adapter.persistence;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The databases the JDBI adapters run on. A contract runs on each of them as one parameterized
 * class: {@code @ParameterizedClass @MethodSource(TestDatabase.EACH)} with an {@link OpenDatabase}
 * parameter, which JUnit closes after the class's run on it.
 */
enum TestDatabase {
  H2_IN_MEMORY("H2 in memory"),
  H2_FILE("H2 file"),
  POSTGRESQL("PostgreSQL");

  static final String EACH = "io.synq.adapter.persistence.TestDatabase#each";

  private final String label;

  TestDatabase(String label) {
    this.label = label;
  }

  /** Where a new, empty database of this kind lives. */
  DatabaseTarget newTarget() {
    return switch (this) {
      case H2_IN_MEMORY -> DatabaseTarget.h2InMemory();
      case H2_FILE ->
          DatabaseTarget.h2File(Path.of("target", "h2-" + UUID.randomUUID()).toAbsolutePath());
      case POSTGRESQL -> DatabaseTarget.postgres();
    };
  }

  /** Each kind, opened and migrated only when its turn comes. */
  static Stream<Named<OpenDatabase>> each() {
    return Arrays.stream(values())
        .map(kind -> Named.of(kind.label, new OpenDatabase(kind, kind.newTarget().open())));
  }
}
