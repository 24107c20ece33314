package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.adapter.auth.TokenCacheSize;
import io.synq.adapter.persistence.Database;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {
  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();

  private Config config() {
    return Config.from(new Settings(env, properties::get));
  }

  @Test
  void defaults_to_the_embedded_database_and_issuer_on_port_8080() {
    Config config = config();

    assertThat(config.httpHost()).isEqualTo("127.0.0.1");
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.publicUrl()).isEqualTo(URI.create("http://localhost:8080"));
    assertThat(config.database().url()).isEqualTo(Database.DEFAULT_H2_URL);
    assertThat(config.database().poolSize()).isEqualTo(Database.DEFAULT_POOL_SIZE);
    assertThat(config.auth().embedded()).isTrue();
    assertThat(config.auth().issuer()).isEqualTo("http://localhost:8080");
    assertThat(config.auth().audience()).isEqualTo("synq-api");
    assertThat(config.auth().clockSkew()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.auth().tokenCache()).isEqualTo(TokenCacheSize.defaultForThisHeap());
    assertThat(config.auth().revocationStaleness()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void migrations_may_run_as_another_role_whose_password_is_never_shown() {
    assertThat(config().database().migrator()).isEmpty();

    env.put("SYNQ_DB_USER", "synq_app");
    env.put("SYNQ_DB_MIGRATION_USER", "synq_owner");
    env.put("SYNQ_DB_MIGRATION_PASSWORD", "owner-secret");

    assertThat(config().database().migrator())
        .contains(new Database.Login("synq_owner", "owner-secret"));
    assertThat(config().database().toString())
        .contains("synq_app", "synq_owner")
        .doesNotContain("owner-secret");
  }

  @Test
  void revocations_can_be_seen_sooner_or_later() {
    env.put("SYNQ_AUTH_REVOCATION_STALENESS_SECONDS", "0");
    assertThat(config().auth().revocationStaleness()).isZero();

    env.put("SYNQ_AUTH_REVOCATION_STALENESS_SECONDS", "60");
    assertThat(config().auth().revocationStaleness()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void the_token_cache_can_be_resized_or_turned_off() {
    env.put("SYNQ_AUTH_TOKEN_CACHE_SIZE", "1000");
    assertThat(config().auth().tokenCache()).isEqualTo(new TokenCacheSize(1000));

    env.put("SYNQ_AUTH_TOKEN_CACHE_SIZE", "0");
    assertThat(config().auth().tokenCache()).isEqualTo(TokenCacheSize.NONE);
  }

  @Test
  void the_issuer_follows_the_public_url_and_port() {
    env.put("SYNQ_HTTP_PORT", "9090");
    assertThat(config().auth().issuer()).isEqualTo("http://localhost:9090");

    env.put("SYNQ_PUBLIC_URL", "https://api.example.test/");
    assertThat(config().publicUrl()).isEqualTo(URI.create("https://api.example.test"));
    assertThat(config().auth().issuer()).isEqualTo("https://api.example.test");
  }

  @Test
  void a_system_property_wins_over_the_environment() {
    env.put("SYNQ_HTTP_PORT", "9090");
    properties.put("synq.http.port", "7070");

    assertThat(config().httpPort()).isEqualTo(7070);
  }

  @Test
  void reads_an_external_issuer() {
    env.put("SYNQ_AUTH_JWKS_URI", "https://id.example.test/.well-known/jwks.json");
    env.put("SYNQ_AUTH_ISSUER", "https://id.example.test/");
    env.put("SYNQ_AUTH_AUDIENCE", "synq");
    env.put("SYNQ_AUTH_CLOCK_SKEW_SECONDS", "5");

    Config.AuthConfig auth = config().auth();

    assertThat(auth.embedded()).isFalse();
    assertThat(auth.jwksUri())
        .contains(URI.create("https://id.example.test/.well-known/jwks.json"));
    assertThat(auth.issuer()).isEqualTo("https://id.example.test/");
    assertThat(auth.audience()).isEqualTo("synq");
    assertThat(auth.clockSkew()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void an_external_issuer_needs_its_issuer_and_audience() {
    env.put("SYNQ_AUTH_JWKS_URI", "https://id.example.test/jwks");
    assertThatThrownBy(this::config).hasMessageStartingWith("SYNQ_AUTH_ISSUER is required");

    env.put("SYNQ_AUTH_ISSUER", "https://id.example.test/");
    assertThatThrownBy(this::config).hasMessageStartingWith("SYNQ_AUTH_AUDIENCE is required");
  }

  @ParameterizedTest
  @CsvSource({
    "SYNQ_HTTP_PORT, eighty",
    "SYNQ_HTTP_PORT, 65536",
    "SYNQ_HTTP_PORT, -1",
    "SYNQ_DB_POOL_SIZE, 1",
    "SYNQ_DB_URL, postgres://localhost/synq",
    "SYNQ_DB_URL, jdbc:mysql://localhost/synq",
    "SYNQ_AUTH_JWKS_URI, not a url",
    "SYNQ_AUTH_JWKS_URI, file:///etc/passwd",
    "SYNQ_AUTH_CLOCK_SKEW_SECONDS, 301",
    "SYNQ_AUTH_TOKEN_CACHE_SIZE, -1",
    "SYNQ_AUTH_TOKEN_CACHE_SIZE, many",
    "SYNQ_AUTH_TOKEN_CACHE_SIZE, 1.5",
    "SYNQ_AUTH_TOKEN_CACHE_SIZE, 10000001",
    "SYNQ_AUTH_REVOCATION_STALENESS_SECONDS, 61",
    "SYNQ_AUTH_REVOCATION_STALENESS_SECONDS, -1",
    "SYNQ_PUBLIC_URL, localhost:8080",
    "SYNQ_TRUSTED_PROXIES, proxy.example.test",
    "SYNQ_TRUSTED_PROXIES, 256.0.0.1",
    "SYNQ_TRUSTED_PROXIES, '10.0.0.1,,10.0.0.2'",
    "SYNQ_HTTP_REQUEST_TIMEOUT_SECONDS, 0",
    "SYNQ_HTTP_MAX_HEADER_BYTES, 8192",
    "SYNQ_HTTP_WORKER_THREADS, 1",
    "SYNQ_HTTP_CLEARTEXT_HTTP2, yes"
  })
  void a_bad_value_is_reported_in_one_line_naming_the_variable(String variable, String value) {
    env.put(variable, value);

    assertThatThrownBy(this::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(variable)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void the_operations_settings_default_to_the_documented_values_and_can_be_set() {
    assertThat(config().management())
        .isEqualTo(new Config.Management("127.0.0.1", java.util.Optional.of(9090)));
    assertThat(config().shutdown())
        .isEqualTo(new Config.Shutdown(Duration.ZERO, Duration.ofSeconds(10)));

    env.put("SYNQ_MANAGEMENT_HOST", "0.0.0.0");
    env.put("SYNQ_MANAGEMENT_PORT", "-1");
    env.put("SYNQ_SHUTDOWN_DRAIN_SECONDS", "5");
    env.put("SYNQ_SHUTDOWN_GRACE_SECONDS", "30");
    env.put("SYNQ_LOG_FORMAT", "json");

    assertThat(config().management())
        .isEqualTo(new Config.Management("0.0.0.0", java.util.Optional.empty()));
    assertThat(config().shutdown())
        .isEqualTo(new Config.Shutdown(Duration.ofSeconds(5), Duration.ofSeconds(30)));
  }

  @ParameterizedTest
  @CsvSource({
    "SYNQ_MANAGEMENT_PORT, -2",
    "SYNQ_MANAGEMENT_PORT, 65536",
    "SYNQ_SHUTDOWN_DRAIN_SECONDS, -1",
    "SYNQ_SHUTDOWN_GRACE_SECONDS, 301",
    "SYNQ_LOG_FORMAT, JSON",
    "SYNQ_LOG_FORMAT, logfmt"
  })
  void a_bad_operations_setting_is_reported_naming_the_variable(String variable, String value) {
    env.put(variable, value);

    assertThatThrownBy(this::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(variable);
  }

  @Test
  void the_pool_must_be_smaller_than_the_workers_that_use_it() {
    env.put("SYNQ_HTTP_WORKER_THREADS", "8");
    env.put("SYNQ_DB_POOL_SIZE", "7");
    assertThat(config().database().poolSize()).isEqualTo(7);

    env.put("SYNQ_DB_POOL_SIZE", "8");
    assertThatThrownBy(this::config)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "SYNQ_DB_POOL_SIZE (8) must be smaller than SYNQ_HTTP_WORKER_THREADS (8)");
  }

  @Test
  void http_limits_default_to_the_documented_values_and_can_be_set() {
    assertThat(config().httpLimits()).isEqualTo(HttpLimits.DEFAULTS);
    assertThat(HttpLimits.DEFAULTS)
        .isEqualTo(new HttpLimits(Duration.ofSeconds(10), 32 * 1024, 32, false));

    env.put("SYNQ_HTTP_REQUEST_TIMEOUT_SECONDS", "30");
    env.put("SYNQ_HTTP_MAX_HEADER_BYTES", "65536");
    env.put("SYNQ_HTTP_WORKER_THREADS", "64");
    env.put("SYNQ_HTTP_CLEARTEXT_HTTP2", "true");

    assertThat(config().httpLimits())
        .isEqualTo(new HttpLimits(Duration.ofSeconds(30), 65536, 64, true));
  }

  @Test
  void trusts_x_forwarded_for_only_from_the_configured_proxies() {
    assertThat(config().trustedProxies().clientAddress("10.0.0.1", List.of("203.0.113.9")))
        .isEqualTo("10.0.0.1");

    env.put("SYNQ_TRUSTED_PROXIES", "10.0.0.1, ::1");

    assertThat(config().trustedProxies().clientAddress("10.0.0.1", List.of("203.0.113.9")))
        .isEqualTo("203.0.113.9");
    assertThat(config().trustedProxies().clientAddress("0:0:0:0:0:0:0:1", List.of("203.0.113.9")))
        .isEqualTo("203.0.113.9");
    assertThat(config().trustedProxies().clientAddress("10.0.0.2", List.of("203.0.113.9")))
        .isEqualTo("10.0.0.2");
  }

  @Test
  void never_shows_the_database_password() {
    env.put("SYNQ_DB_PASSWORD", "s3cret");

    assertThat(config().toString()).doesNotContain("s3cret");
  }
}
