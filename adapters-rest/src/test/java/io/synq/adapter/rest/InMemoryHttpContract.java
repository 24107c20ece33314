package io.synq.adapter.rest;

import static io.synq.adapter.rest.RawHttp.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.adapter.rest.http.ApiMetrics;
import io.synq.application.testing.InMemoryTokenVerifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
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
    assertThat(response.body().replace(" ", ""))
        .isEqualTo(
            "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\"}]}");
    assertThat(send(request("/health/live")).statusCode()).isEqualTo(200);
  }

  @Test
  void requests_are_timed_by_method_route_template_and_status() {
    String token = api.tokens.issue("someone", "tenant-m", "org-m", "viewer");
    double before = requests("GET", "/api/v1/products/{id}", "404");

    send(request("/api/v1/products/no-such-id").header("Authorization", "Bearer " + token));
    send(request("/api/v1/products/another-id").header("Authorization", "Bearer " + token));
    send(
        request("/api/v1/products/x")
            .header("Authorization", "Bearer " + token)
            .method("BREW", BodyPublishers.noBody()));

    assertThat(requests("GET", "/api/v1/products/{id}", "404")).isEqualTo(before + 2);
    assertThat(
            api.meters.find(ApiMetrics.REQUESTS).tag("uri", "/api/v1/products/no-such-id").timers())
        .isEmpty();
    assertThat(api.meters.find(ApiMetrics.REQUESTS).tag("method", "BREW").timers()).isEmpty();
    assertThat(api.meters.find(ApiMetrics.REQUESTS).tag("method", "other").timers()).isNotEmpty();
    assertThat(
            api.meters
                .get(ApiMetrics.REQUESTS)
                .tags("method", "GET", "uri", "/api/v1/products/{id}", "status", "404")
                .timer()
                .getId()
                .getTag("outcome"))
        .isEqualTo("CLIENT_ERROR");
  }

  @Test
  void a_refused_request_is_timed_under_its_route_too() {
    double before = requests("GET", "/api/v1/products", "401");

    send(request("/api/v1/products"));

    assertThat(requests("GET", "/api/v1/products", "401")).isEqualTo(before + 1);
  }

  @Test
  void authentication_outcomes_are_counted_by_reason() {
    String token = api.tokens.issue("someone", "tenant-m", "org-m", "viewer");
    String noTenant = validToken("someone", Map.of("org_id", "o", "role", "viewer"));
    double accepted = authentications("accepted");
    double missing = authentications("missing");
    double badSignature = authentications("bad_signature");
    double claims = authentications("claims");

    send(request("/api/v1/products").header("Authorization", "Bearer " + token));
    send(request("/api/v1/products"));
    send(request("/api/v1/products").header("Authorization", "Bearer unknown-token"));
    send(request("/api/v1/products").header("Authorization", "Bearer " + noTenant));

    assertThat(authentications("accepted")).isEqualTo(accepted + 1);
    assertThat(authentications("missing")).isEqualTo(missing + 1);
    assertThat(authentications("bad_signature")).isEqualTo(badSignature + 1);
    assertThat(authentications("claims")).isEqualTo(claims + 1);
  }

  @Test
  void authorization_refusals_are_counted_by_permission() {
    String viewer = api.tokens.issue("someone", "tenant-m", "org-m", "viewer");
    double before = refusals("product_delete");

    HttpResponse<String> response =
        send(request("/api/v1/products/x").header("Authorization", "Bearer " + viewer).DELETE());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(refusals("product_delete")).isEqualTo(before + 1);
  }

  @Test
  void sign_in_attempts_are_counted_by_outcome() {
    String email = "counted-" + java.util.UUID.randomUUID() + "@example.test";
    api.createUser(
        io.synq.domain.tenancy.OrgScope.of("tenant-m", "org-m"),
        email,
        "a long enough passphrase",
        "viewer");
    double success = signIns("success");
    double bad = signIns("bad_credentials");

    assertThat(send(login(email, "a long enough passphrase")).statusCode()).isEqualTo(200);
    assertThat(send(login(email, "wrong passphrase")).statusCode()).isEqualTo(401);

    assertThat(signIns("success")).isEqualTo(success + 1);
    assertThat(signIns("bad_credentials")).isEqualTo(bad + 1);
  }

  @Test
  void sign_in_without_capacity_to_hash_is_503_with_retry_after_and_counted_busy() {
    double busy = signIns("busy");
    api.hashingBusy.set(true);
    try {
      long sent = System.nanoTime();
      HttpResponse<String> response = send(login("anyone@example.test", "some passphrase"));
      Duration waited = Duration.ofNanos(System.nanoTime() - sent);

      assertThat(assertError(response, 503))
          .isEqualTo("Service Unavailable: too many sign-ins at once");
      assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
      // A client that retries at once, as a flood does, is answered only once it could retry.
      assertThat(waited).isGreaterThanOrEqualTo(InMemoryApi.BUSY_RETRY_AFTER);
      assertThat(signIns("busy")).isEqualTo(busy + 1);
    } finally {
      api.hashingBusy.set(false);
    }
  }

  private HttpRequest.Builder login(String email, String password) {
    return request("/api/v1/auth/login")
        .header("Content-Type", "application/json")
        .POST(
            BodyPublishers.ofString(
                "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}"));
  }

  private double requests(String method, String route, String status) {
    var timer =
        api.meters
            .find(ApiMetrics.REQUESTS)
            .tags("method", method, "uri", route, "status", status)
            .timer();
    return timer == null ? 0 : timer.count();
  }

  private double authentications(String outcome) {
    return api.meters.get(ApiMetrics.AUTHENTICATIONS).tag("outcome", outcome).counter().count();
  }

  private double refusals(String permission) {
    return api.meters
        .get(ApiMetrics.AUTHORIZATION_REFUSALS)
        .tag("permission", permission)
        .counter()
        .count();
  }

  private double signIns(String outcome) {
    return api.meters.get(ApiMetrics.SIGN_INS).tag("outcome", outcome).counter().count();
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
