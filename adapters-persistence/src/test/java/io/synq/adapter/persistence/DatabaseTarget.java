package io.synq.adapter.persistence;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/** Where a test's database lives, and how to open it. */
record DatabaseTarget(String url, Database.Login app, Optional<Database.Login> owner) {
  private static final String DEFAULT_H2_FILE = "jdbc:h2:file:./data/synq";

  static DatabaseTarget h2InMemory() {
    return h2("jdbc:h2:mem:" + UUID.randomUUID());
  }

  /** A file database in {@code directory}, with exactly the settings of the server's default. */
  static DatabaseTarget h2File(Path directory) {
    if (!Database.DEFAULT_H2_URL.startsWith(DEFAULT_H2_FILE)) {
      throw new IllegalStateException("the default H2 URL moved: " + Database.DEFAULT_H2_URL);
    }
    String settings = Database.DEFAULT_H2_URL.substring(DEFAULT_H2_FILE.length());
    return h2("jdbc:h2:file:" + directory.resolve("synq") + settings);
  }

  static DatabaseTarget h2(String url) {
    return new DatabaseTarget(url, new Database.Login("sa", ""), Optional.empty());
  }

  /**
   * A new database on the shared embedded PostgreSQL, set up as the README says: migrated by the
   * tables' owner, used by a role that row-level security binds.
   */
  static DatabaseTarget postgres() {
    return new DatabaseTarget(
        EmbeddedPostgresServer.newDatabase(),
        new Database.Login(EmbeddedPostgresServer.APP, ""),
        Optional.of(new Database.Login(EmbeddedPostgresServer.OWNER, "")));
  }

  /** Who runs the migrations: the owner, where there is one. */
  Database.Login migrator() {
    return owner.orElse(app);
  }

  Database open() {
    return Database.open(url, app, owner, 2);
  }
}
