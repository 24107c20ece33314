package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.synq.adapter.auth.TokenRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.event.KeyValuePair;

/** One access-log event per request, with its fields as key-value pairs and its request id. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String tenant = "tenant-" + UUID.randomUUID();
  private CapturedLogs logs;
  private Wiring wiring;
  private StandaloneServer server;
  private String token;

  @BeforeAll
  void start() {
    logs = new CapturedLogs();
    Config config =
        Config.fromVariables(
            Map.of(
                "SYNQ_DB_URL",
                "jdbc:h2:mem:access-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "SYNQ_PUBLIC_URL",
                "http://synq.test"));
    wiring = Wiring.open(config, Clock.systemUTC());
    server = StandaloneServer.start("127.0.0.1", 0, wiring.restApplication());
    token =
        wiring
            .embeddedIssuer()
            .orElseThrow()
            .mint(new TokenRequest("user-1", tenant, "org-1", "viewer", Duration.ofMinutes(5)));
  }

  @AfterAll
  void stop() {
    server.close();
    wiring.close();
    logs.close();
  }

  @Test
  void an_authenticated_request_is_logged_with_its_route_caller_and_size_but_no_query()
      throws Exception {
    HttpResponse<String> response =
        send("/api/v1/products?limit=5&cursor=a-cursor-to-keep-out", "call-1", token);

    ILoggingEvent line = onlyLineFor("call-1");
    Map<String, String> fields = fields(line);
    assertThat(fields)
        .containsEntry("method", "GET")
        .containsEntry("route", "/api/v1/products")
        .containsEntry("path", "/api/v1/products")
        .containsEntry("status", "400") // the cursor is not one of ours
        .containsEntry("bytes", String.valueOf(response.body().getBytes().length))
        .containsEntry("tenant", tenant)
        .containsEntry("org", "org-1")
        .containsEntry("subject", "user-1")
        .containsKey("duration_ms");
    assertThat(Double.parseDouble(fields.get("duration_ms"))).isPositive();
    assertThat(line.getFormattedMessage() + fields).doesNotContain("cursor", token);
  }

  @Test
  void a_refused_request_is_logged_under_its_route_without_a_caller() throws Exception {
    String id = UUID.randomUUID().toString();
    send("/api/v1/products/" + id, "call-2", "not-a-token");

    Map<String, String> fields = fields(onlyLineFor("call-2"));
    assertThat(fields)
        .containsEntry("route", "/api/v1/products/{id}")
        .containsEntry("path", "/api/v1/products/" + id)
        .containsEntry("status", "401")
        .doesNotContainKeys("tenant", "org", "subject");
  }

  @Test
  void an_unknown_path_is_logged_as_not_found() throws Exception {
    send("/no/such/path", "call-3", token);

    assertThat(fields(onlyLineFor("call-3")))
        .containsEntry("route", "NOT_FOUND")
        .containsEntry("status", "404");
  }

  private ILoggingEvent onlyLineFor(String requestId) {
    var lines =
        logs.events("synq.access").stream()
            .filter(event -> requestId.equals(event.getMDCPropertyMap().get("request_id")))
            .toList();
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  private static Map<String, String> fields(ILoggingEvent event) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (KeyValuePair pair : event.getKeyValuePairs()) {
      fields.put(pair.key, String.valueOf(pair.value));
    }
    return fields;
  }

  private HttpResponse<String> send(String path, String requestId, String bearer) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("X-Request-Id", requestId)
            .header("Authorization", "Bearer " + bearer)
            .build(),
        BodyHandlers.ofString());
  }
}
