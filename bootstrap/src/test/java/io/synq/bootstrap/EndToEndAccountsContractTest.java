package io.synq.bootstrap;

import io.synq.adapter.auth.Argon2idPasswordHasher;
import io.synq.adapter.persistence.Database;
import io.synq.adapter.persistence.JdbiUserRepository;
import io.synq.adapter.rest.AccountsHttpContract;
import io.synq.adapter.rest.TestClientAddress;
import io.synq.application.SignInLimits;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Sign-in, refresh, sign-out and user administration against the real server as {@code main} wires
 * it: embedded issuer, Argon2id, JDBI on H2, Grizzly.
 */
class EndToEndAccountsContractTest extends AccountsHttpContract {
  private final String databaseUrl =
      "jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private static final String DATABASE_PASSWORD = "database-secret-" + UUID.randomUUID();
  private CapturedLogs logs;
  private Wiring wiring;
  private StandaloneServer server;
  private Database sideDoor;

  @BeforeAll
  void start() {
    logs = new CapturedLogs();
    Config config =
        Config.fromVariables(
            Map.of(
                "SYNQ_DB_URL",
                databaseUrl,
                "SYNQ_DB_USER",
                "sa",
                "SYNQ_DB_PASSWORD",
                DATABASE_PASSWORD,
                "SYNQ_PUBLIC_URL",
                "http://synq.test",
                // revocations at once, as on the in-memory ports: the bound has its own tests
                "SYNQ_AUTH_REVOCATION_STALENESS_SECONDS",
                "0"));
    wiring = Wiring.open(config, Clock.systemUTC());
    server =
        StandaloneServer.start("127.0.0.1", 0, TestClientAddress.around(wiring.restApplication()));
    sideDoor = Database.open(databaseUrl, "sa", DATABASE_PASSWORD, 2);
  }

  /** The whole contract has run, at DEBUG: no secret it handled is in any log line. */
  @AfterAll
  void stop() {
    server.close();
    sideDoor.close();
    wiring.close();
    logs.close();
    LogHygiene.assertClean(logs.rendered(), List.of(PASSWORD, DATABASE_PASSWORD));
  }

  @Override
  protected URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  @Override
  protected String createUser(
      String tenant, String organization, String email, String password, String role) {
    User user =
        User.create(
            OrgScope.of(tenant, organization),
            new Email(email),
            Role.parse(role),
            Argon2idPasswordHasher.withDefaultCost().hash(Password.forNewAccount(password)),
            Clock.systemUTC().instant());
    new JdbiUserRepository(sideDoor.jdbi()).insert(user);
    return user.id().toString();
  }

  @Override
  protected HttpRequest.Builder fromClient(HttpRequest.Builder request, String clientAddress) {
    return TestClientAddress.from(request, clientAddress);
  }

  @Override
  protected int failedSignInsBeforeThrottling() {
    return SignInLimits.DEFAULT.perAccountAndClient();
  }

  @Override
  protected int failedSignInsPerAccountBeforeThrottling() {
    return SignInLimits.DEFAULT.perAccount();
  }

  @Override
  protected int failedSignInsPerClientBeforeThrottling() {
    return SignInLimits.DEFAULT.perClient();
  }
}
