package io.synq.adapter.persistence;

import java.nio.file.Path;
import java.util.UUID;

/** Where a test's database lives, and how to open it. */
record DatabaseTarget(String url, String user, String password) {
  private static final String DEFAULT_H2_FILE = "jdbc:h2:file:./data/synq";

  static DatabaseTarget h2InMemory() {
    return new DatabaseTarget("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
  }

  /** A file database in {@code directory}, with exactly the settings of the server's default. */
  static DatabaseTarget h2File(Path directory) {
    if (!Database.DEFAULT_H2_URL.startsWith(DEFAULT_H2_FILE)) {
      throw new IllegalStateException("the default H2 URL moved: " + Database.DEFAULT_H2_URL);
    }
    String settings = Database.DEFAULT_H2_URL.substring(DEFAULT_H2_FILE.length());
    return new DatabaseTarget("jdbc:h2:file:" + directory.resolve("synq") + settings, "sa", "");
  }

  /** A new database on the shared embedded PostgreSQL. */
  static DatabaseTarget postgres() {
    return new DatabaseTarget(EmbeddedPostgresServer.newDatabase(), "postgres", "");
  }

  Database open() {
    return Database.open(url, user, password, 2);
  }
}
