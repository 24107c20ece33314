package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 file database, which holds the signing keys, is readable by its owner only. */
class PrivateDatabaseFilesTest {
  private static final Set<PosixFilePermission> LOOSE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  @TempDir Path directory;

  @Test
  void creates_the_data_directory_for_its_owner_only() throws IOException {
    Path data = directory.resolve("data");

    try (Database database = DatabaseTarget.h2File(data).open()) {
      assertThat(database.isReady()).isTrue();
      assertThat(permissions(data)).isEqualTo("rwx------");
    }
  }

  @Test
  void makes_every_database_file_readable_by_its_owner_only() throws IOException {
    Path data = directory.resolve("data");

    try (Database database = DatabaseTarget.h2File(data).open()) {
      assertThat(database.isReady()).isTrue();
      List<Path> files = databaseFiles(data);
      assertThat(files)
          .extracting(file -> file.getFileName().toString())
          .contains("synq.mv.db", "synq.lock.db");
      for (Path file : files) {
        assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
      }
    }
  }

  @Test
  void tightens_the_files_of_a_database_made_before_and_leaves_an_existing_directory_alone()
      throws IOException {
    Path shared = directory.resolve("shared");
    Files.createDirectory(shared);
    Files.setPosixFilePermissions(shared, LOOSE);
    DatabaseTarget target = DatabaseTarget.h2File(shared);
    target.open().close();
    Path file = shared.resolve("synq.mv.db");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    try (Database database = target.open()) {
      assertThat(database.isReady()).isTrue();
      assertThat(permissions(file)).isEqualTo("rw-------");
      assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(LOOSE);
    }
  }

  @Test
  void leaves_other_files_in_the_directory_alone() throws IOException {
    Path other = Files.createFile(directory.resolve("notes.txt"));
    Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));

    try (Database database = DatabaseTarget.h2File(directory).open()) {
      assertThat(database.isReady()).isTrue();
      assertThat(permissions(other)).isEqualTo("rw-r--r--");
    }
  }

  private static List<Path> databaseFiles(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      return files.filter(file -> file.getFileName().toString().startsWith("synq.")).toList();
    }
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
