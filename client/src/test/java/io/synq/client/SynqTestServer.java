package io.synq.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.adapter.auth.TokenRequest;
import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.application.testing.TestClock;
import io.synq.bootstrap.Config;
import io.synq.bootstrap.StandaloneServer;
import io.synq.bootstrap.Wiring;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The real Synq server on a random port, on its own in-memory database, with a clock we move. */
final class SynqTestServer implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final TestClock clock;
  private final Wiring wiring;
  private final StandaloneServer server;

  private SynqTestServer(TestClock clock, Wiring wiring, StandaloneServer server) {
    this.clock = clock;
    this.wiring = wiring;
    this.server = server;
  }

  static SynqTestServer start() {
    TestClock clock = new TestClock(Instant.now());
    Config config =
        Config.fromVariables(
            Map.of(
                "SYNQ_DB_URL", "jdbc:h2:mem:client-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "SYNQ_HTTP_PORT", "0",
                "SYNQ_PUBLIC_URL", "http://synq.test"));
    Wiring wiring = Wiring.open(config, clock);
    return new SynqTestServer(
        clock, wiring, StandaloneServer.start("127.0.0.1", 0, wiring.restApplication()));
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The server's clock: moving it forward expires the tokens it issued. */
  TestClock clock() {
    return clock;
  }

  /** A one-hour token from the embedded issuer, as the CLI's {@code token} command mints it. */
  String mint(String tenant, String organization, String role) {
    return wiring
        .embeddedIssuer()
        .orElseThrow()
        .mint(new TokenRequest("tester", tenant, organization, role, Duration.ofHours(1)));
  }

  /**
   * Adds a user to the organization through the API, as its administrator would: one provisioned as
   * {@code admin create} does, since user administration needs a caller with an account.
   */
  void createUser(String tenant, String organization, String email, String password, String role)
      throws IOException, InterruptedException {
    User admin =
        wiring
            .provisionAdmin()
            .provision(
                new ProvisionAdminUseCase.Command(
                    OrgScope.of(tenant, organization),
                    new Email("admin-" + UUID.randomUUID() + "@synq.test"),
                    new Password("an administrator's long password")));
    String body =
        "{\"email\": \"%s\", \"password\": \"%s\", \"role\": \"%s\"}"
            .formatted(email, password, role);
    HttpResponse<String> response =
        post("/api/v1/users", body, wiring.embeddedIssuer().orElseThrow().issue(admin));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  /** A raw POST straight to the server, bypassing the client under test. */
  HttpResponse<String> post(String path, String json, String bearer)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    wiring.close();
  }
}
