package io.synq.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.synq.adapter.auth.Argon2idPasswordHasher;
import io.synq.adapter.auth.AuthMetrics;
import io.synq.adapter.auth.BoundedPasswordHasher;
import io.synq.adapter.auth.CachingTokenGenerations;
import io.synq.adapter.auth.CaffeineAttemptCounter;
import io.synq.adapter.auth.EmbeddedIssuer;
import io.synq.adapter.auth.ExternalIssuer;
import io.synq.adapter.auth.ExternalTokenVerifier;
import io.synq.adapter.auth.KeyRefreshPolicy;
import io.synq.adapter.persistence.Database;
import io.synq.adapter.persistence.JdbiProductRepository;
import io.synq.adapter.persistence.JdbiRefreshTokenStore;
import io.synq.adapter.persistence.JdbiUserRepository;
import io.synq.adapter.persistence.PostgresAttemptCounter;
import io.synq.adapter.rest.Health;
import io.synq.adapter.rest.HealthCheck;
import io.synq.adapter.rest.RestPorts;
import io.synq.adapter.rest.SynqRestApplication;
import io.synq.adapter.rest.WellKnownDocuments;
import io.synq.application.SynqCore;
import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.application.port.out.AttemptCounter;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.UserRepository;
import jakarta.ws.rs.core.Application;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The composition root: which adapter serves which port, built with plain constructors over the
 * {@link Adapters} it opened, and the few operations the CLI's commands run on the result.
 */
public final class Wiring implements AutoCloseable {
  /** Sign-in windows kept in memory, in each of the counting and the throttled pools. */
  private static final long LOGIN_WINDOWS_KEPT = 100_000;

  private final Config config;
  private final Clock clock;
  private final Adapters adapters;
  private final Database database;
  private final Optional<EmbeddedIssuer> embeddedIssuer;
  private final UserRepository users;

  /**
   * One for every use that hashes, behind one bulkhead, so that a sign-in flood cannot take every
   * core from the rest of the API (see {@link BoundedPasswordHasher}).
   */
  private final PasswordHasher passwordHasher =
      BoundedPasswordHasher.perCore(Argon2idPasswordHasher.withDefaultCost());

  private final MeterRegistry meters;
  private final BooleanSupplier accepting;
  private Housekeeping housekeeping;
  private TokenVerifier verifier; // built on first use: an external issuer's starts fetching keys
  private SynqCore core; // built with the verifier, on first use
  private List<HealthCheck> readiness; // built with the verifier, on first use

  private Wiring(
      Config config,
      Clock clock,
      Adapters adapters,
      MeterRegistry meters,
      BooleanSupplier accepting) {
    this.config = config;
    this.clock = clock;
    this.adapters = adapters;
    this.database = adapters.database();
    this.embeddedIssuer = adapters.embeddedIssuer();
    this.users = new JdbiUserRepository(database.jdbi());
    this.meters = meters;
    this.accepting = accepting;
  }

  /** As {@link #open(Config, Clock, MeterRegistry, BooleanSupplier)}, keeping no metrics. */
  public static Wiring open(Config config, Clock clock) {
    return open(config, clock, new CompositeMeterRegistry(), () -> true);
  }

  /**
   * Connects to the database (migrating it) and, in embedded mode, opens the issuer.
   *
   * @param meters where the API, the verifier and the pool publish their meters
   * @param accepting the server's own readiness: false once it has begun to shut down
   */
  public static Wiring open(
      Config config, Clock clock, MeterRegistry meters, BooleanSupplier accepting) {
    return new Wiring(config, clock, Adapters.open(config, clock, meters), meters, accepting);
  }

  public Application restApplication() {
    RestPorts ports =
        new RestPorts(
            core(),
            readiness(),
            embeddedIssuer.map(this::wellKnownDocuments),
            config.publicUrl(),
            Database::isUnreachable,
            meters);
    return config.trustedProxies().around(new SynqRestApplication(ports));
  }

  /**
   * The use cases over the JDBI stores. Accounts exist only with the embedded issuer: an external
   * one owns its users. With the embedded issuer a user's live ID tokens can be revoked, and each
   * instance sees that within the configured staleness (see {@link CachingTokenGenerations}); 0
   * reads the database on every request.
   */
  private SynqCore core() {
    if (core == null) {
      SynqCore.Builder builder =
          SynqCore.builder(new JdbiProductRepository(database.jdbi()), verifier(), clock);
      embeddedIssuer.ifPresent(
          issuer -> {
            builder.accounts(
                new SynqCore.AccountStores(
                    users,
                    new JdbiRefreshTokenStore(database.jdbi()),
                    passwordHasher,
                    issuer,
                    attemptCounter()));
            Duration staleness = config.auth().revocationStaleness();
            if (!staleness.isZero()) {
              builder.revocations(stored -> new CachingTokenGenerations(stored, staleness, clock));
            }
          });
      core = builder.build();
    }
    return core;
  }

  /**
   * On PostgreSQL the sign-in limits hold across every instance that shares it, so they are counted
   * there; H2 serves one instance, which counts in memory.
   */
  private AttemptCounter attemptCounter() {
    return database.isPostgres()
        ? new PostgresAttemptCounter(database.jdbi(), clock)
        : new CaffeineAttemptCounter(LOGIN_WINDOWS_KEPT, clock);
  }

  /** What the server deletes periodically; see {@link Adapters#housekeepingTasks()}. */
  List<Housekeeping.Task> housekeepingTasks() {
    return adapters.housekeepingTasks();
  }

  /** Starts deleting what no longer counts, until {@link #close}: for the server only. */
  public void startHousekeeping() {
    if (housekeeping == null) {
      housekeeping = Housekeeping.start(housekeepingTasks());
    }
  }

  /** For the {@code admin create} command. */
  public ProvisionAdminUseCase provisionAdmin() {
    adapters.requireEmbeddedIssuer("accounts");
    return core().provisionAdmin();
  }

  /** For the {@code keys rotate} command: the new signing key's id. */
  public String rotateSigningKey() {
    return adapters.requireEmbeddedIssuer("signing keys").rotate();
  }

  /** Whether this server issues tokens but nobody can sign in yet. */
  public boolean firstStart() {
    return embeddedIssuer.isPresent() && !users.any();
  }

  /** Creates the demo organization unless the database already has accounts. */
  public Optional<DemoData.Credentials> seedDemo() {
    if (!firstStart()) {
      return Optional.empty();
    }
    return Optional.of(DemoData.seed(provisionAdmin(), core().createProduct()));
  }

  /** The embedded issuer, for minting tokens; empty when tokens come from an external issuer. */
  public Optional<EmbeddedIssuer> embeddedIssuer() {
    return embeddedIssuer;
  }

  /** The health probes' answers, the same on the API's listener and the management one. */
  public Health health() {
    return new Health(readiness());
  }

  /**
   * Ready while the server is not shutting down, when the database is and, with an external issuer,
   * once its keys have loaded. Answered at once even while the database does not answer (see {@link
   * PromptReadiness}).
   */
  private List<HealthCheck> readiness() {
    if (readiness == null) {
      List<HealthCheck> checks = new ArrayList<>();
      checks.add(new HealthCheck("server", accepting));
      checks.add(new HealthCheck("database", PromptReadiness.of(database::isReady)));
      if (verifier() instanceof ExternalTokenVerifier external) {
        checks.add(new HealthCheck("issuer_keys", new IssuerKeysReadiness(external)));
      }
      readiness = List.copyOf(checks);
    }
    return readiness;
  }

  /** The one verifier of this server, with its meters. */
  private TokenVerifier verifier() {
    if (verifier == null) {
      verifier = tokenVerifier();
      AuthMetrics.bind(verifier, meters);
    }
    return verifier;
  }

  private TokenVerifier tokenVerifier() {
    Config.AuthConfig auth = config.auth();
    if (auth.embedded()) {
      return embeddedIssuer.orElseThrow().verifier(auth.clockSkew(), auth.tokenCache());
    }
    return ExternalIssuer.verifier(
        auth.jwksUri().orElseThrow(),
        auth.issuer(),
        auth.audience(),
        auth.clockSkew(),
        clock,
        KeyRefreshPolicy.DEFAULT,
        auth.tokenCache());
  }

  private WellKnownDocuments wellKnownDocuments(EmbeddedIssuer issuer) {
    String jwksUri = config.publicUrl() + "/.well-known/jwks.json";
    String discovery = issuer.openIdConfigurationJson(jwksUri);
    return new WellKnownDocuments() {
      @Override
      public String jwks() {
        return issuer.jwksJson();
      }

      @Override
      public String openIdConfiguration() {
        return discovery;
      }
    };
  }

  /** For a server: the database closes with {@link #close}, not from H2's own shutdown hook. */
  public void closeDatabaseOnlyWhenClosed() {
    database.closeOnlyWhenClosed();
  }

  @Override
  public void close() {
    if (housekeeping != null) {
      housekeeping.close();
    }
    adapters.close();
  }
}
