package io.synq.adapter.persistence;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database, H2 or PostgreSQL as its JDBC URL says: a connection pool, a schema brought up to
 * date by the migrations in {@code db/migration} (the same files for both), and the {@link Jdbi}
 * the repositories run on. Opening it fails at once if the database cannot be reached or migrated.
 */
public final class Database implements AutoCloseable {
  /**
   * The embedded default, an H2 file database under {@code ./data}. {@code AUTO_SERVER=TRUE}: the
   * first process to open the file also serves it on a TCP port (on loopback, see {@link
   * AutoServerAddress}), and later processes connect there instead of failing on the file lock, so
   * the CLI's {@code token} sub-command works while the server runs. H2 then closes the database
   * from its own shutdown hook (it refuses {@code DB_CLOSE_ON_EXIT=FALSE} with {@code
   * AUTO_SERVER}), which loses nothing: every commit is already in the file.
   *
   * <p>No {@code MODE=PostgreSQL}: the migrations and queries are standard SQL that H2 runs in its
   * regular mode, and the contract tests run on a real PostgreSQL, so an emulation would add only
   * its own quirks. Durability across {@code kill -9} is not left to the URL: see {@link #open}.
   */
  public static final String DEFAULT_H2_URL = "jdbc:h2:file:./data/synq;AUTO_SERVER=TRUE";

  /** HikariCP's rule of thumb, twice the cores plus one, for the 2-core machines we target. */
  public static final int DEFAULT_POOL_SIZE = 5;

  /** At the least one connection for requests and one for the readiness check beside them. */
  public static final int MIN_POOL_SIZE = 2;

  /**
   * H2 keeps committed changes in memory for up to WRITE_DELAY (500 ms by default) before its
   * MVStore writes them to the file, so {@code kill -9} can lose writes that were acknowledged. At
   * 0 every commit that changed data writes them to the file before it returns (H2 2.3 {@code
   * TransactionStore.endTransaction}). That survives the death of the process; surviving a power
   * loss would take an fsync per commit, which H2 does not do.
   */
  private static final String H2_WRITE_ON_COMMIT = "SET WRITE_DELAY 0";

  /** A request or readiness probe gives up waiting for a connection after this long. */
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

  private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);

  /**
   * The longest the server waits for PostgreSQL to answer a statement; migrations, which may take
   * longer, run on connections of their own.
   */
  private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final JdbcUrl url;

  private Database(HikariDataSource pool, JdbcUrl url) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.url = url;
    if (!url.isH2()) {
      jdbi.getConfig(RowSecurity.class).enforce();
    }
  }

  /**
   * Connects and migrates the schema. On H2, every connection sets {@code WRITE_DELAY 0}, so a
   * commit is on disk when it returns whatever URL the operator chose. An H2 file database is kept
   * to its owner: see {@link PrivateDatabaseFiles}.
   *
   * @throws IllegalArgumentException for a URL other than {@code jdbc:h2:} or {@code
   *     jdbc:postgresql:}, or a pool size below {@link #MIN_POOL_SIZE}
   * @throws IllegalStateException when the database cannot be reached or migrated
   */
  public static Database open(String url, String user, String password, int poolSize) {
    return open(url, new Login(user, password), Optional.empty(), poolSize);
  }

  /** A database role and its password (empty for none); the password is never logged. */
  public record Login(String user, String password) {
    public Login {
      requireNonNull(user, "user");
      requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Login[user=" + user + "]";
    }
  }

  /**
   * As {@link #open(String, String, String, int)}, with the migrations run as {@code owner} when
   * given: on PostgreSQL the role that owns the tables, while the application connects as a role
   * that row-level security binds (see the README, "Running several instances").
   */
  public static Database open(String url, Login app, Optional<Login> owner, int poolSize) {
    JdbcUrl jdbcUrl = new JdbcUrl(url);
    if (poolSize < MIN_POOL_SIZE) {
      throw new IllegalArgumentException(
          "database pool size must be at least " + MIN_POOL_SIZE + ", was " + poolSize);
    }
    if (jdbcUrl.isH2()) {
      AutoServerAddress.keepOnLoopback();
    }
    Optional<PrivateDatabaseFiles> files = jdbcUrl.h2File().map(PrivateDatabaseFiles::new);
    files.ifPresent(PrivateDatabaseFiles::prepareDirectory);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(poolConfig(jdbcUrl, app.user(), app.password(), poolSize));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Cannot connect to the database at " + jdbcUrl + ": " + e.getMessage(), e);
    }
    try {
      Login migrator = owner.orElse(app);
      FluentConfiguration flyway =
          Flyway.configure().dataSource(url, migrator.user(), migrator.password());
      int applied =
          flyway
              .locations(migrations(jdbcUrl))
              .failOnMissingLocations(true)
              .load()
              .migrate()
              .migrationsExecuted;
      // Before anything is stored: the migrations write no secret, the issuer's keys come later.
      files.ifPresent(PrivateDatabaseFiles::restrictFiles);
      LOG.info("Database at {} is ready; {} migration(s) applied now", jdbcUrl, applied);
      return new Database(pool, jdbcUrl);
    } catch (RuntimeException e) {
      pool.close();
      throw new IllegalStateException(
          "Cannot migrate the database at " + jdbcUrl + ": " + e.getMessage(), e);
    }
  }

  /** The portable migrations, and on PostgreSQL its row-level security. */
  private static String[] migrations(JdbcUrl url) {
    return url.isH2()
        ? new String[] {"classpath:db/migration"}
        : new String[] {"classpath:db/migration", "classpath:db/migration-postgresql"};
  }

  private static HikariConfig poolConfig(JdbcUrl url, String user, String password, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("synq-db");
    config.setJdbcUrl(url.value());
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
    if (url.isH2()) {
      config.setConnectionInitSql(H2_WRITE_ON_COMMIT);
    } else {
      // A PostgreSQL that accepts connections but stops answering would otherwise hold a request
      // until TCP gives up, minutes later. Every statement of the server takes milliseconds.
      // Strings: the driver reads its properties with Properties.getProperty.
      config.addDataSourceProperty(
          "connectTimeout", String.valueOf(CONNECTION_TIMEOUT.toSeconds()));
      config.addDataSourceProperty("socketTimeout", String.valueOf(STATEMENT_TIMEOUT.toSeconds()));
    }
    return config;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Whether this is PostgreSQL, which several instances may share; state that must hold across them
   * (sign-in throttling) is then kept in the database rather than in each instance.
   */
  public boolean isPostgres() {
    return !url.isH2();
  }

  /** Whether {@link #open} takes this URL: an H2 or a PostgreSQL JDBC URL. */
  public static boolean supports(String url) {
    return JdbcUrl.isSupported(url);
  }

  /**
   * Whether the failure means the database is not answering, so that the same request may succeed
   * once it is back: no connection within the pool's timeout, or a connection that broke (SQLState
   * class 08, or PostgreSQL shutting down or starting up, 57P01 to 57P03).
   */
  public static boolean isUnreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.matches("57P0[123]")) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** Whether a connection can be had and answers within a second; false once closed. */
  public boolean isReady() {
    try (Connection connection = pool.getConnection()) {
      return connection.isValid((int) VALIDATION_TIMEOUT.toSeconds());
    } catch (SQLException | RuntimeException e) {
      LOG.debug("Database is not ready", e);
      return false;
    }
  }

  /** Publishes the pool's own meters ({@code hikaricp_connections_*{pool="synq-db"}}). */
  public void measureWith(MeterRegistry registry) {
    pool.setMetricRegistry(registry);
  }

  /**
   * For a server: an embedded H2 database then closes with {@link #close}, once the requests in
   * flight have completed, instead of whenever the JVM begins to shut down. H2 closes it from its
   * own shutdown hook, which runs beside the server's and would cut those requests off; with {@code
   * AUTO_SERVER} it refuses {@code DB_CLOSE_ON_EXIT=FALSE}, so the hook is taken out here. H2 keeps
   * the hook in a private field: should a later H2 rename it, this logs a warning and H2's hook
   * stays, as before. Nothing to do on PostgreSQL.
   */
  public void closeOnlyWhenClosed() {
    if (isPostgres()) {
      return;
    }
    try {
      Field hook = Class.forName("org.h2.engine.OnExitDatabaseCloser").getDeclaredField("INSTANCE");
      hook.setAccessible(true);
      Runtime.getRuntime().removeShutdownHook((Thread) hook.get(null));
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("H2 closes the database from its own shutdown hook: {}", e.toString());
    }
  }

  /** Closes the pool, and with its last connection an embedded H2 database. */
  @Override
  public void close() {
    pool.close();
  }
}
