package io.synq.adapter.rest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.synq.application.SignInLimits;
import io.synq.application.SynqCore;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.testing.InMemoryAttemptCounter;
import io.synq.application.testing.InMemoryIdTokenIssuer;
import io.synq.application.testing.InMemoryProductRepository;
import io.synq.application.testing.InMemoryRefreshTokenStore;
import io.synq.application.testing.InMemoryTokenVerifier;
import io.synq.application.testing.InMemoryUserRepository;
import io.synq.application.testing.TestPasswordHasher;
import io.synq.domain.BusyException;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The real use cases on the application's in-memory ports, with a readiness check to steer. The
 * tokens that sign-in issues are accepted by the same in-memory verifier as the ones tests mint.
 */
final class InMemoryApi {
  /**
   * Where clients reach the API: unlike the test server's own address, so a test tells them apart.
   */
  static final URI PUBLIC_URL = URI.create("https://api.synq.test");

  static final String JWKS = "{\"keys\":[]}";
  static final String OPENID_CONFIGURATION = "{\"issuer\":\"http://issuer.test\"}";
  static final int MAX_FAILED_SIGN_INS = 3;
  static final int MAX_FAILED_SIGN_INS_PER_ACCOUNT = 8;
  static final int MAX_FAILED_SIGN_INS_PER_CLIENT = 6;

  final InMemoryTokenVerifier tokens = new InMemoryTokenVerifier();
  final AtomicReference<BooleanSupplier> readiness = new AtomicReference<>(() -> true);

  /** What the API measures, to read back. */
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final TestPasswordHasher hasher = new TestPasswordHasher();

  /** What a busy sign-in tells the client to wait. */
  static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

  /** While set, sign-in finds no capacity to check a password, as a full bulkhead answers. */
  final AtomicBoolean hashingBusy = new AtomicBoolean();

  private final PasswordHasher busyOrNot =
      new PasswordHasher() {
        @Override
        public String hash(Password password) {
          refuseIfBusy();
          return hasher.hash(password);
        }

        @Override
        public boolean matches(Password password, String encodedHash) {
          refuseIfBusy();
          return hasher.matches(password, encodedHash);
        }

        private void refuseIfBusy() {
          if (hashingBusy.get()) {
            throw new BusyException("too many sign-ins at once", BUSY_RETRY_AFTER);
          }
        }
      };
  private final Clock clock = Clock.systemUTC();

  /** This server as its own issuer: discovery documents, sign-in and user administration. */
  RestPorts portsWithIssuer() {
    SynqCore core =
        core()
            .accounts(
                new SynqCore.AccountStores(
                    users,
                    new InMemoryRefreshTokenStore(),
                    busyOrNot,
                    new InMemoryIdTokenIssuer(tokens),
                    new InMemoryAttemptCounter(clock)))
            .signInLimits(
                new SignInLimits(
                    MAX_FAILED_SIGN_INS,
                    MAX_FAILED_SIGN_INS_PER_ACCOUNT,
                    MAX_FAILED_SIGN_INS_PER_CLIENT,
                    Duration.ofMinutes(15)))
            .build();
    return ports(core, Optional.of(wellKnown()));
  }

  /** Tokens come from an external issuer: no discovery documents, no accounts. */
  RestPorts portsWithExternalIssuer() {
    return ports(core().build(), Optional.empty());
  }

  /** Stores a user directly, as the command line provisions one. */
  String createUser(OrgScope scope, String email, String password, String role) {
    User user =
        User.create(
            scope,
            new Email(email),
            Role.parse(role),
            hasher.hash(new Password(password)),
            clock.instant());
    users.insert(user);
    return user.id().toString();
  }

  private SynqCore.Builder core() {
    return SynqCore.builder(new InMemoryProductRepository(), tokens, clock);
  }

  private RestPorts ports(SynqCore core, Optional<WellKnownDocuments> wellKnown) {
    return new RestPorts(
        core,
        List.of(new HealthCheck("database", () -> readiness.get().getAsBoolean())),
        wellKnown,
        PUBLIC_URL,
        failure -> false,
        meters);
  }

  private static WellKnownDocuments wellKnown() {
    return new WellKnownDocuments() {
      @Override
      public String jwks() {
        return JWKS;
      }

      @Override
      public String openIdConfiguration() {
        return OPENID_CONFIGURATION;
      }
    };
  }
}
