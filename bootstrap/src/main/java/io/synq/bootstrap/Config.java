package io.synq.bootstrap;

import io.synq.adapter.auth.CachingTokenGenerations;
import io.synq.adapter.auth.ClockSkew;
import io.synq.adapter.auth.ExternalIssuer;
import io.synq.adapter.auth.TokenCacheSize;
import io.synq.adapter.persistence.Database;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The server's configuration, read once at start-up from environment variables (or system
 * properties of the same name, {@code synq.http.port} for {@code SYNQ_HTTP_PORT}). Any bad value
 * stops start-up with one line naming the variable.
 */
public record Config(
    String httpHost,
    int httpPort,
    URI publicUrl,
    DatabaseConfig database,
    AuthConfig auth,
    TrustedProxies trustedProxies,
    HttpLimits httpLimits,
    Management management,
    Shutdown shutdown) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_AUDIENCE = "synq-api";
  public static final int DEFAULT_MANAGEMENT_PORT = 9090;

  /** A sanity bound: each remembered token holds a few KiB of memory. */
  static final int MAX_TOKEN_CACHE_SIZE = 10_000_000;

  /** The most an instance may rely on a user's token generation as it last read it. */
  static final int MAX_REVOCATION_STALENESS_SECONDS = 60;

  /**
   * @param migrator who runs the migrations when it is not {@code user}: on PostgreSQL the owner of
   *     the tables, so that the application's own role can be one that row-level security binds
   */
  public record DatabaseConfig(
      String url, String user, String password, int poolSize, Optional<Database.Login> migrator) {
    public Database.Login login() {
      return new Database.Login(user, password);
    }

    @Override
    public String toString() {
      return "DatabaseConfig[url="
          + url
          + ", user="
          + user
          + ", poolSize="
          + poolSize
          + ", migrator="
          + migrator
          + "]";
    }
  }

  /**
   * How tokens are verified: by keys from an external issuer's JWKS URL, or (without one) by the
   * embedded issuer whose keys live in the database, encrypted there with {@code keyEncryption}
   * when it is set; verified tokens are remembered up to {@code tokenCache}.
   */
  public record AuthConfig(
      Optional<URI> jwksUri,
      String issuer,
      String audience,
      Duration clockSkew,
      Optional<KeyEncryptionSetting> keyEncryption,
      TokenCacheSize tokenCache,
      Duration revocationStaleness) {
    public boolean embedded() {
      return jwksUri.isEmpty();
    }
  }

  /**
   * The management listener (metrics and health probes), apart from the API.
   *
   * @param port 0 picks a free port; empty turns the listener off ({@code SYNQ_MANAGEMENT_PORT=-1})
   */
  public record Management(String host, Optional<Integer> port) {}

  /**
   * What SIGTERM does: readiness goes DOWN at once; new connections are still accepted for {@code
   * drain}, so that a load balancer sees the DOWN and stops sending; then requests in flight get
   * {@code grace} to complete, and the database closes after them.
   */
  public record Shutdown(Duration drain, Duration grace) {}

  public static Config fromProcess() {
    return from(Settings.fromProcess());
  }

  /** From the given variables only, as if they were the environment (for embedding and tests). */
  public static Config fromVariables(Map<String, String> variables) {
    return from(new Settings(variables, name -> null));
  }

  static Config from(Settings settings) {
    String host = settings.get("SYNQ_HTTP_HOST").orElse(DEFAULT_HOST);
    int port = settings.integer("SYNQ_HTTP_PORT", DEFAULT_PORT, 0, 65535);
    URI publicUrl =
        settings
            .get("SYNQ_PUBLIC_URL")
            .map(v -> httpUrl("SYNQ_PUBLIC_URL", stripTrailingSlash(v), Config::isHttpUrl))
            .orElse(URI.create("http://localhost:" + port));

    DatabaseConfig database =
        new DatabaseConfig(
            settings.get("SYNQ_DB_URL").orElse(Database.DEFAULT_H2_URL),
            settings.get("SYNQ_DB_USER").orElse(""),
            settings.get("SYNQ_DB_PASSWORD").orElse(""),
            settings.integer(
                "SYNQ_DB_POOL_SIZE", Database.DEFAULT_POOL_SIZE, Database.MIN_POOL_SIZE, 200),
            settings
                .get("SYNQ_DB_MIGRATION_USER")
                .map(
                    user ->
                        new Database.Login(
                            user, settings.get("SYNQ_DB_MIGRATION_PASSWORD").orElse(""))));
    if (!Database.supports(database.url())) {
      throw new ConfigurationException(
          "SYNQ_DB_URL must be an H2 or PostgreSQL JDBC URL (jdbc:h2:... or jdbc:postgresql:...)");
    }

    Optional<URI> jwks =
        settings
            .get("SYNQ_AUTH_JWKS_URI")
            .map(v -> httpUrl("SYNQ_AUTH_JWKS_URI", v, ExternalIssuer::isJwksUri));
    Optional<String> issuer = settings.get("SYNQ_AUTH_ISSUER");
    Optional<String> audience = settings.get("SYNQ_AUTH_AUDIENCE");
    if (jwks.isPresent() && issuer.isEmpty()) {
      throw new ConfigurationException(
          "SYNQ_AUTH_ISSUER is required when SYNQ_AUTH_JWKS_URI is set");
    }
    if (jwks.isPresent() && audience.isEmpty()) {
      throw new ConfigurationException(
          "SYNQ_AUTH_AUDIENCE is required when SYNQ_AUTH_JWKS_URI is set");
    }
    AuthConfig auth =
        new AuthConfig(
            jwks,
            issuer.orElse(publicUrl.toString()),
            audience.orElse(DEFAULT_AUDIENCE),
            Duration.ofSeconds(
                settings.integer(
                    "SYNQ_AUTH_CLOCK_SKEW_SECONDS", 30, 0, (int) ClockSkew.MAX.toSeconds())),
            KeyEncryptionSetting.from(settings),
            new TokenCacheSize(
                settings.integer(
                    "SYNQ_AUTH_TOKEN_CACHE_SIZE",
                    TokenCacheSize.defaultForThisHeap().tokens(),
                    0,
                    MAX_TOKEN_CACHE_SIZE)),
            Duration.ofSeconds(
                settings.integer(
                    "SYNQ_AUTH_REVOCATION_STALENESS_SECONDS",
                    (int) CachingTokenGenerations.DEFAULT_STALENESS.toSeconds(),
                    0,
                    MAX_REVOCATION_STALENESS_SECONDS)));
    TrustedProxies trustedProxies =
        settings
            .get("SYNQ_TRUSTED_PROXIES")
            .map(Config::trustedProxies)
            .orElse(TrustedProxies.NONE);
    settings
        .get("SYNQ_LOG_FORMAT")
        .filter(format -> !format.equals("text") && !format.equals("json"))
        .ifPresent(
            format -> {
              throw new ConfigurationException(
                  "SYNQ_LOG_FORMAT must be text or json, got '" + format + "'");
            });
    int managementPort =
        settings.integer("SYNQ_MANAGEMENT_PORT", DEFAULT_MANAGEMENT_PORT, -1, 65535);
    Management management =
        new Management(
            settings.get("SYNQ_MANAGEMENT_HOST").orElse(DEFAULT_HOST),
            managementPort < 0 ? Optional.empty() : Optional.of(managementPort));
    Shutdown shutdown =
        new Shutdown(
            Duration.ofSeconds(settings.integer("SYNQ_SHUTDOWN_DRAIN_SECONDS", 0, 0, 300)),
            Duration.ofSeconds(settings.integer("SYNQ_SHUTDOWN_GRACE_SECONDS", 10, 0, 300)));
    HttpLimits httpLimits = httpLimits(settings);
    if (database.poolSize() >= httpLimits.workerThreads()) {
      throw new ConfigurationException(
          "SYNQ_DB_POOL_SIZE ("
              + database.poolSize()
              + ") must be smaller than SYNQ_HTTP_WORKER_THREADS ("
              + httpLimits.workerThreads()
              + "): a connection no worker can use is wasted on the database");
    }
    return new Config(
        host, port, publicUrl, database, auth, trustedProxies, httpLimits, management, shutdown);
  }

  private static HttpLimits httpLimits(Settings settings) {
    return new HttpLimits(
        Duration.ofSeconds(
            settings.integer(
                "SYNQ_HTTP_REQUEST_TIMEOUT_SECONDS",
                (int) HttpLimits.DEFAULT_REQUEST_TIMEOUT.toSeconds(),
                1,
                300)),
        settings.integer(
            "SYNQ_HTTP_MAX_HEADER_BYTES",
            HttpLimits.DEFAULT_MAX_HEADER_BYTES,
            HttpLimits.MIN_MAX_HEADER_BYTES,
            1024 * 1024),
        settings.integer("SYNQ_HTTP_WORKER_THREADS", HttpLimits.DEFAULT_WORKER_THREADS, 3, 1024),
        settings.flag("SYNQ_HTTP_CLEARTEXT_HTTP2", false));
  }

  private static TrustedProxies trustedProxies(String value) {
    try {
      return TrustedProxies.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "SYNQ_TRUSTED_PROXIES must be IP addresses separated by commas: " + e.getMessage());
    }
  }

  private static URI httpUrl(String variable, String value, Predicate<URI> accepted) {
    try {
      URI uri = new URI(value);
      if (accepted.test(uri)) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ConfigurationException(
        variable + " must be an absolute http or https URL, got '" + value + "'");
  }

  private static boolean isHttpUrl(URI uri) {
    return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        && uri.getHost() != null;
  }

  private static String stripTrailingSlash(String value) {
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
