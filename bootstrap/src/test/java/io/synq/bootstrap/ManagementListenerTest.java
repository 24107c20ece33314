package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.synq.adapter.rest.RawHttp;
import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.tenancy.OrgScope;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The management listener as {@code serve} runs it: Prometheus metrics after known traffic, and the
 * health probes through the server's life.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementListenerTest {
  private static final String EMAIL = "metrics@example.test";
  private static final String PASSWORD = "a passphrase long enough";
  private static final int POOL_SIZE = 4;

  private final HttpClient http = HttpClient.newHttpClient();
  private ServerMetrics metrics;
  private ServerLifecycle lifecycle;
  private ManagementServer management;
  private Wiring wiring;
  private StandaloneServer server;

  @BeforeAll
  void start() {
    metrics = new ServerMetrics();
    lifecycle = new ServerLifecycle();
    management = ManagementServer.start("127.0.0.1", 0, metrics.registry(), lifecycle);
    Config config =
        Config.fromVariables(
            Map.of(
                "SYNQ_DB_URL",
                "jdbc:h2:mem:metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "SYNQ_DB_POOL_SIZE",
                String.valueOf(POOL_SIZE),
                "SYNQ_PUBLIC_URL",
                "http://synq.test"));
    wiring = Wiring.open(config, Clock.systemUTC(), metrics.registry(), lifecycle::accepting);
    wiring
        .provisionAdmin()
        .provision(
            new ProvisionAdminUseCase.Command(
                OrgScope.of("tenant-m", "org-m"), new Email(EMAIL), new Password(PASSWORD)));
    server = StandaloneServer.start("127.0.0.1", 0, wiring.restApplication());
  }

  @AfterAll
  void stop() {
    server.close();
    wiring.close();
    management.close();
    metrics.close();
  }

  @Test
  void probes_follow_the_server_through_its_life() throws Exception {
    ServerLifecycle starting = new ServerLifecycle();
    Config config =
        Config.fromVariables(
            Map.of("SYNQ_DB_URL", "jdbc:h2:mem:life-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    try (ManagementServer early =
            ManagementServer.start("127.0.0.1", 0, metrics.registry(), starting);
        Wiring itsWiring =
            Wiring.open(
                config, Clock.systemUTC(), new SimpleMeterRegistry(), starting::accepting)) {
      String base = "http://127.0.0.1:" + early.port();
      assertProbe(get(base + "/health/live"), 200, "{\"status\": \"UP\", \"checks\": []}");
      assertProbe(get(base + "/health/started"), 503, "{\"status\": \"DOWN\", \"checks\": []}");
      assertProbe(get(base + "/health/ready"), 503, "{\"status\": \"DOWN\", \"checks\": []}");

      starting.running(itsWiring.health());
      assertProbe(get(base + "/health/started"), 200, "{\"status\": \"UP\", \"checks\": []}");
      assertProbe(
          get(base + "/health/ready"),
          200,
          "{\"status\": \"UP\", \"checks\": [{\"name\": \"server\", \"status\": \"UP\"},"
              + " {\"name\": \"database\", \"status\": \"UP\"}]}");

      starting.stopping();
      assertProbe(
          get(base + "/health/ready"),
          503,
          "{\"status\": \"DOWN\", \"checks\": [{\"name\": \"server\", \"status\": \"DOWN\"},"
              + " {\"name\": \"database\", \"status\": \"UP\"}]}");
      assertProbe(get(base + "/health/live"), 200, "{\"status\": \"UP\", \"checks\": []}");
    }
  }

  @Test
  void the_api_listener_reports_the_same_readiness() throws Exception {
    lifecycle.running(wiring.health());

    assertProbe(
        get(api("/health/ready")),
        200,
        "{\"status\": \"UP\", \"checks\": [{\"name\": \"server\", \"status\": \"UP\"},"
            + " {\"name\": \"database\", \"status\": \"UP\"}]}");
  }

  @Test
  void anything_else_is_a_json_404_or_405() throws Exception {
    HttpResponse<String> unknown = get(management("/nope"));
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create(management("/metrics")))
                .POST(BodyPublishers.noBody())
                .build(),
            BodyHandlers.ofString());

    assertThat(RawHttp.json(unknown)).isEqualTo(RawHttp.parse("{\"error\": \"Not Found\"}"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void metrics_count_the_traffic_by_route_template_and_outcome() throws Exception {
    Scrape before = scrape();

    String token = signIn(PASSWORD);
    signIn("not the password");
    get(api("/api/v1/products"), token);
    get(api("/api/v1/products"), token);
    get(api("/api/v1/products/" + UUID.randomUUID()), token);
    get(api("/api/v1/products"), null);

    Scrape after = scrape();
    assertThat(after.delta(before, "synq_sign_ins_total", "outcome", "success")).isEqualTo(1);
    assertThat(after.delta(before, "synq_sign_ins_total", "outcome", "bad_credentials"))
        .isEqualTo(1);
    assertThat(
            after.delta(
                before,
                "http_server_requests_seconds_count",
                "method",
                "GET",
                "uri",
                "/api/v1/products",
                "status",
                "200",
                "outcome",
                "SUCCESS"))
        .isEqualTo(2);
    assertThat(
            after.delta(
                before,
                "http_server_requests_seconds_count",
                "uri",
                "/api/v1/products/{id}",
                "status",
                "404"))
        .isEqualTo(1);
    assertThat(after.text()).doesNotContain("uri=\"/api/v1/products/" + token.substring(0, 3));
    assertThat(after.delta(before, "synq_authentications_total", "outcome", "accepted"))
        .isEqualTo(3);
    assertThat(after.delta(before, "synq_authentications_total", "outcome", "missing"))
        .isEqualTo(1);
    assertThat(after.delta(before, "cache_gets_total", "cache", "tokens", "result", "miss"))
        .isEqualTo(1);
    assertThat(after.delta(before, "cache_gets_total", "cache", "tokens", "result", "hit"))
        .isEqualTo(2);
    assertThat(after.value("hikaricp_connections_max", "pool", "synq-db")).isEqualTo(POOL_SIZE);
    assertThat(after.value("jvm_memory_used_bytes", "area", "heap")).isPositive();
    assertThat(after.value("jvm_threads_live_threads")).isPositive();
    assertThat(after.value("process_cpu_usage")).isNotNegative();
    // Present, not only not negative: a missing series would read as 0 above.
    assertThat(after.text())
        .contains(
            "\nprocess_cpu_usage ",
            "\nprocess_cpu_time_ns_total ",
            "http_server_requests_seconds_bucket{",
            "jvm_gc_");
  }

  private String signIn(String password) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(api("/api/v1/auth/login")))
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofString(
                        "{\"email\": \"" + EMAIL + "\", \"password\": \"" + password + "\"}"))
                .build(),
            BodyHandlers.ofString());
    return response.statusCode() == 200 ? RawHttp.json(response).get("id_token").asText() : null;
  }

  private Scrape scrape() throws Exception {
    HttpResponse<String> response = get(management("/metrics"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue(ManagementHandler.PROMETHEUS_TEXT);
    return new Scrape(response.body());
  }

  /** One scrape, read as Prometheus text: one sample per line, labels in any order. */
  private record Scrape(String text) {
    double value(String name, String... labels) {
      return Arrays.stream(text.split("\n"))
          .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
          .filter(line -> hasLabels(line, labels))
          .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
          .sum();
    }

    double delta(Scrape before, String name, String... labels) {
      return value(name, labels) - before.value(name, labels);
    }

    private static boolean hasLabels(String line, String... labels) {
      for (int i = 0; i < labels.length; i += 2) {
        String label = labels[i] + "=\"" + labels[i + 1] + "\"";
        if (!line.contains("{" + label) && !line.contains("," + label)) {
          return false;
        }
      }
      return true;
    }
  }

  private static void assertProbe(HttpResponse<String> response, int status, String json) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(RawHttp.json(response)).isEqualTo(RawHttp.parse(json));
  }

  private String api(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private String management(String path) {
    return "http://127.0.0.1:" + management.port() + path;
  }

  private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
    return get(uri, null);
  }

  private HttpResponse<String> get(String uri, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), BodyHandlers.ofString());
  }
}
