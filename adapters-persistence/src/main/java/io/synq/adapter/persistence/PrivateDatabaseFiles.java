package io.synq.adapter.persistence;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an H2 file database readable by its owner only: the database holds the embedded issuer's
 * signing keys, and whoever reads those can mint tokens. The directory is created {@code rwx------}
 * and the database's files ({@code synq.mv.db}, {@code synq.lock.db}, {@code synq.trace.db}, ...)
 * are set to {@code rw-------} once H2 has created them.
 *
 * <p>A directory that already exists is left as it is, with a warning when others may enter it: it
 * may be a shared one ({@code /tmp}, a home or project directory that {@code jdbc:h2:file:./synq}
 * points into) that is not ours to lock. The files, which hold the secrets, are restricted either
 * way. On a file system without POSIX permissions nothing is done.
 */
final class PrivateDatabaseFiles {
  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private static final Logger LOG = LoggerFactory.getLogger(PrivateDatabaseFiles.class);

  private final Path directory;
  private final String filePrefix;

  /**
   * @param database the database's path without suffix, as in its URL ({@code ./data/synq})
   */
  PrivateDatabaseFiles(Path database) {
    requireNonNull(database, "database");
    Path absolute = database.toAbsolutePath().normalize();
    this.directory = absolute.getParent();
    this.filePrefix = absolute.getFileName() + ".";
  }

  /**
   * Before H2 opens the database: creates its directory owner-only, or warns about a loose one.
   *
   * @throws IllegalStateException when the directory cannot be created
   */
  void prepareDirectory() {
    try {
      if (Files.isDirectory(directory)) {
        warnIfOthersMayEnter();
        return;
      }
      Files.createDirectories(directory.getParent());
      if (!supportsPosix()) {
        Files.createDirectory(directory);
        return;
      }
      Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
      // The umask may have taken bits away at creation; it cannot add any, but say it exactly.
      Files.setPosixFilePermissions(directory, DIRECTORY);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot create the database directory " + directory + ": " + e, e);
    }
  }

  /** After H2 has opened the database: every file of it is set to {@code rw-------}. */
  void restrictFiles() {
    if (!supportsPosix() || !Files.isDirectory(directory)) {
      return;
    }
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(
            directory, file -> file.getFileName().toString().startsWith(filePrefix))) {
      for (Path file : files) {
        restrict(file);
      }
    } catch (IOException e) {
      LOG.warn(
          "Cannot list the database files in {} to restrict them: {}", directory, e.toString());
    }
  }

  private static void restrict(Path file) {
    try {
      if (Files.isRegularFile(file) && !Files.getPosixFilePermissions(file).equals(FILE)) {
        Files.setPosixFilePermissions(file, FILE);
      }
    } catch (IOException e) {
      LOG.warn(
          "Cannot make the database file {} readable by its owner only: {}", file, e.toString());
    }
  }

  private void warnIfOthersMayEnter() throws IOException {
    if (!supportsPosix()) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
    if (!DIRECTORY.containsAll(permissions)) {
      LOG.warn(
          "The database directory {} is {}: others may list it; chmod 700 it unless it is shared",
          directory,
          PosixFilePermissions.toString(permissions));
    }
  }

  private boolean supportsPosix() {
    return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
