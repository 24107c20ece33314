package io.synq.adapter.rest;

import static io.synq.adapter.rest.RawHttp.assertError;
import static io.synq.adapter.rest.RawHttp.authorized;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.domain.tenancy.OrgScope;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The accounts contract on the in-memory ports, plus a second server whose tokens come from an
 * external issuer, where no account path exists. Subclasses only choose the container.
 */
abstract class InMemoryAccountsHttpContract extends AccountsHttpContract {
  private final InMemoryApi api = new InMemoryApi();
  private final TestContainer ownIssuer;
  private final TestContainer externalIssuer;
  private URI baseUri;
  private RawHttp withoutAccounts;

  InMemoryAccountsHttpContract(Supplier<TestContainer> containers) {
    this.ownIssuer = containers.get();
    this.externalIssuer = containers.get();
  }

  @BeforeAll
  void startServers() {
    baseUri =
        ownIssuer.start(TestClientAddress.around(new SynqRestApplication(api.portsWithIssuer())));
    withoutAccounts =
        new RawHttp(externalIssuer.start(new SynqRestApplication(api.portsWithExternalIssuer())));
  }

  @AfterAll
  void stopServers() {
    ownIssuer.stop();
    externalIssuer.stop();
  }

  @Override
  protected URI baseUri() {
    return baseUri;
  }

  @Override
  protected String createUser(
      String tenant, String organization, String email, String password, String role) {
    return api.createUser(OrgScope.of(tenant, organization), email, password, role);
  }

  @Override
  protected HttpRequest.Builder fromClient(HttpRequest.Builder request, String clientAddress) {
    return TestClientAddress.from(request, clientAddress);
  }

  @Override
  protected int failedSignInsBeforeThrottling() {
    return InMemoryApi.MAX_FAILED_SIGN_INS;
  }

  @Override
  protected int failedSignInsPerAccountBeforeThrottling() {
    return InMemoryApi.MAX_FAILED_SIGN_INS_PER_ACCOUNT;
  }

  @Override
  protected int failedSignInsPerClientBeforeThrottling() {
    return InMemoryApi.MAX_FAILED_SIGN_INS_PER_CLIENT;
  }

  @ParameterizedTest
  @CsvSource({
    "POST, /api/v1/auth/login, '{\"email\": \"a@example.test\", \"password\": \"p\"}'",
    "POST, /api/v1/auth/refresh, '{\"refresh_token\": \"r\"}'",
    "POST, /api/v1/auth/logout, '{\"refresh_token\": \"r\"}'",
    "GET, /api/v1/users, ''",
    "POST, /api/v1/users, '{\"email\": \"a@example.test\", \"password\": \"p\", \"role\": \"x\"}'",
    "PATCH, /api/v1/users/00000000-0000-0000-0000-000000000000, '{\"disabled\": true}'"
  })
  void with_an_external_issuer_every_account_path_is_404(String method, String path, String body) {
    String admin = api.tokens.issue("admin", "tenant-" + UUID.randomUUID(), "org-a", "admin");
    HttpRequest.Builder request =
        authorized(withoutAccounts.request(path), admin)
            .header("Content-Type", "application/json")
            .method(
                method, body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body));

    assertThat(assertError(withoutAccounts.send(request), 404))
        .isEqualTo("Not Found: no resource at this path");
  }
}
