package io.synq.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.synq.adapter.auth.EmbeddedIssuer;
import io.synq.adapter.auth.SigningKeyDecryptionException;
import io.synq.adapter.persistence.Database;
import io.synq.adapter.persistence.JdbiRefreshTokenStore;
import io.synq.adapter.persistence.JdbiSigningKeyStore;
import io.synq.adapter.persistence.PostgresAttemptCounter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the server opens before anything is wired: the database, migrated, and in embedded mode the
 * issuer on its signing keys. It closes them again, and knows what of theirs to delete in time.
 */
final class Adapters implements AutoCloseable {
  /** How long an expired refresh token is kept, for a look at what happened to a session. */
  private static final Duration EXPIRED_REFRESH_TOKENS_KEPT = Duration.ofDays(1);

  private final Database database;
  private final Optional<EmbeddedIssuer> embeddedIssuer;
  private final Clock clock;

  private Adapters(Database database, Optional<EmbeddedIssuer> embeddedIssuer, Clock clock) {
    this.database = database;
    this.embeddedIssuer = embeddedIssuer;
    this.clock = clock;
  }

  /**
   * Connects to the database, migrating it, and in embedded mode opens the issuer.
   *
   * @param meters where the pool publishes its meters
   * @throws ConfigurationException when the configured key encryption key does not decrypt the
   *     stored signing keys
   */
  static Adapters open(Config config, Clock clock, MeterRegistry meters) {
    Config.DatabaseConfig db = config.database();
    Database database = Database.open(db.url(), db.login(), db.migrator(), db.poolSize());
    try {
      database.measureWith(meters);
      Optional<EmbeddedIssuer> issuer =
          config.auth().embedded()
              ? Optional.of(openEmbeddedIssuer(config, database, clock))
              : Optional.empty();
      return new Adapters(database, issuer, clock);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static EmbeddedIssuer openEmbeddedIssuer(Config config, Database database, Clock clock) {
    Optional<KeyEncryptionSetting> keyEncryption = config.auth().keyEncryption();
    try {
      return EmbeddedIssuer.open(
          new JdbiSigningKeyStore(database.jdbi()),
          keyEncryption.map(KeyEncryptionSetting::key),
          config.auth().issuer(),
          config.auth().audience(),
          clock);
    } catch (SigningKeyDecryptionException e) {
      throw new ConfigurationException(KeyEncryptionSetting.doesNotDecrypt(keyEncryption));
    }
  }

  Database database() {
    return database;
  }

  Optional<EmbeddedIssuer> embeddedIssuer() {
    return embeddedIssuer;
  }

  /** The embedded issuer, or the one-line error of a command that needs it. */
  EmbeddedIssuer requireEmbeddedIssuer(String what) {
    return embeddedIssuer.orElseThrow(
        () ->
            new ConfigurationException(
                "SYNQ_AUTH_JWKS_URI is set: " + what + " belong to the external issuer"));
  }

  /**
   * What the server deletes periodically: refresh tokens a day past their expiry, ended sign-in
   * windows (on PostgreSQL; H2's are in memory and forget themselves) and retired signing keys.
   */
  List<Housekeeping.Task> housekeepingTasks() {
    List<Housekeeping.Task> tasks = new ArrayList<>();
    embeddedIssuer.ifPresent(
        issuer -> {
          JdbiRefreshTokenStore refreshTokens = new JdbiRefreshTokenStore(database.jdbi());
          tasks.add(
              new Housekeeping.Task(
                  "expired refresh tokens",
                  () ->
                      refreshTokens.deleteExpiredBefore(
                          clock.instant().minus(EXPIRED_REFRESH_TOKENS_KEPT))));
          tasks.add(new Housekeeping.Task("retired signing keys", issuer::deleteRetiredKeys));
          if (database.isPostgres()) {
            PostgresAttemptCounter attempts = new PostgresAttemptCounter(database.jdbi(), clock);
            tasks.add(new Housekeeping.Task("ended sign-in windows", attempts::deleteEnded));
          }
        });
    return tasks;
  }

  @Override
  public void close() {
    database.close();
  }
}
