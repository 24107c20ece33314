package io.synq.adapter.rest;

import static io.synq.adapter.rest.RawHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.testing.InMemoryTokenVerifier;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract on the in-memory ports, plus what only they can stage: a service that is not ready
 * and one whose readiness check fails. Subclasses only choose the container.
 */
abstract class InMemoryHttpContract extends HttpContract {
  private final InMemoryApi api = new InMemoryApi();
  private final TestContainer container;
  private URI baseUri;

  InMemoryHttpContract(TestContainer container) {
    this.container = container;
  }

  @BeforeAll
  void startServer() {
    baseUri = container.start(new SynqRestApplication(api.portsWithIssuer()));
  }

  @AfterAll
  void stopServer() {
    container.stop();
  }

  @AfterEach
  void ready() {
    api.readiness.set(() -> true);
  }

  @Override
  protected URI baseUri() {
    return baseUri;
  }

  @Override
  protected URI publicUrl() {
    return InMemoryApi.PUBLIC_URL;
  }

  @Override
  protected String validToken(String subject, Map<String, Object> claims) {
    return api.tokens.issue(subject, claims);
  }

  @Override
  protected String expectedIssuer() {
    return InMemoryTokenVerifier.ISSUER;
  }

  @Override
  protected List<String> rejectedTokens() {
    String revoked = api.tokens.issue("gone", "t", "o", "admin");
    api.tokens.revoke(revoked);
    return List.of("unknown-token", revoked);
  }

  @Test
  void readiness_is_503_down_while_a_dependency_is_down() {
    api.readiness.set(() -> false);

    HttpResponse<String> response = send(request("/health/ready"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.body().replace(" ", "")).isEqualTo("{\"status\":\"DOWN\"}");
    assertThat(send(request("/health/live")).statusCode()).isEqualTo(200);
  }

  @Test
  void an_unexpected_failure_is_a_bare_500_with_a_reference() {
    api.readiness.set(
        () -> {
          throw new IllegalStateException("password=hunter2");
        });

    HttpResponse<String> response = send(request("/health/ready"));

    // The reference is the request's id, which the answer names too.
    assertThat(assertError(response, 500))
        .isEqualTo(
            "Internal Server Error: reference "
                + response.headers().firstValue("X-Request-Id").orElseThrow());
    assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException");
  }

  @Test
  void the_issuer_documents_are_served_as_given() {
    HttpResponse<String> jwks = send(request("/.well-known/jwks.json"));
    HttpResponse<String> openId = send(request("/.well-known/openid-configuration"));

    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.body()).isEqualTo(InMemoryApi.JWKS);
    assertThat(openId.statusCode()).isEqualTo(200);
    assertThat(openId.body()).isEqualTo(InMemoryApi.OPENID_CONFIGURATION);
  }
}
