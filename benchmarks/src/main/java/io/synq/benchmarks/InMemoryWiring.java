package io.synq.benchmarks;

import io.synq.bootstrap.Config;
import io.synq.bootstrap.Wiring;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * A named in-memory H2 database, and the server's own {@link Wiring} on it, configured from
 * variables as the server reads them. The database lives until the JVM exits, so several wirings
 * opened one after the other share its signing key and its rows.
 */
final class InMemoryWiring {
  static final String PUBLIC_URL = "http://127.0.0.1:8080";

  private final Config config;

  private InMemoryWiring(Config config) {
    this.config = config;
  }

  static InMemoryWiring newDatabase() {
    String url = "jdbc:h2:mem:synq-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return new InMemoryWiring(
        Config.fromVariables(Map.of("SYNQ_DB_URL", url, "SYNQ_PUBLIC_URL", PUBLIC_URL)));
  }

  Config config() {
    return config;
  }

  /** A new wiring on this database: a new issuer, verifier and application, nothing cached. */
  Wiring open() {
    return Wiring.open(config, Clock.systemUTC());
  }
}
