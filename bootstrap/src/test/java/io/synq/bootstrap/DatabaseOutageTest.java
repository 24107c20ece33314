package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.tenancy.OrgScope;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a PostgreSQL of its own, which the test stops and starts again under it: the
 * database going away is a 503 that says when to retry, never a hang or a 500, the probes answer at
 * once, and the server recovers by itself.
 */
class DatabaseOutageTest {
  private static final String EMAIL = "ada@acme.test";
  private static final String PASSWORD = "correct horse battery";
  private static final Pattern ID_TOKEN = Pattern.compile("\"id_token\":\"([^\"]+)\"");
  private static final String UNAVAILABLE =
      "{\"error\": \"Service Unavailable: a service this request needs is not answering; try"
          + " again soon\"}";

  @TempDir Path data;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private int port;
  private EmbeddedPostgres postgres;
  private FreezingProxy proxy;
  private Wiring wiring;
  private StandaloneServer server;
  private URI base;

  @BeforeEach
  void serveOnADatabaseOfItsOwn() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    postgres = startPostgres();
    proxy = new FreezingProxy(port);
    wiring =
        Wiring.open(
            Config.fromVariables(
                Map.of(
                    "SYNQ_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres",
                    "SYNQ_DB_USER", "postgres",
                    "SYNQ_PUBLIC_URL", "http://synq.test")),
            Clock.systemUTC());
    wiring
        .provisionAdmin()
        .provision(
            new ProvisionAdminUseCase.Command(
                OrgScope.of("acme", "sales"), new Email(EMAIL), new Password(PASSWORD)));
    server = StandaloneServer.start("127.0.0.1", 0, wiring.restApplication());
    base = URI.create("http://127.0.0.1:" + server.port());
  }

  private EmbeddedPostgres startPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data.resolve("postgres"))
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    proxy.close();
    wiring.close();
    postgres.close();
  }

  @Test
  void a_stopped_database_is_a_503_with_retry_after_and_the_server_recovers_by_itself()
      throws Exception {
    String token = signIn();
    assertThat(get("/api/v1/products", token).statusCode()).isEqualTo(200);

    postgres.close();
    List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      waiting.add(http.sendAsync(request("/api/v1/products", token), BodyHandlers.ofString()));
    }
    waiting.add(
        http.sendAsync(
            HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(credentials()))
                .build(),
            BodyHandlers.ofString()));

    // While those wait for a connection, the probes answer at once.
    Instant probing = Instant.now();
    assertThat(get("/health/live", null).statusCode()).isEqualTo(200);
    while (get("/health/ready", null).statusCode() != 503) {
      assertThat(Duration.between(probing, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }
    for (CompletableFuture<HttpResponse<String>> request : waiting) {
      HttpResponse<String> response = request.get(15, TimeUnit.SECONDS); // never a hang
      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(response.body()).isEqualTo(UNAVAILABLE);
      assertThat(response.headers().firstValue("Retry-After")).contains("5");
    }

    postgres = startPostgres();
    Instant back = Instant.now();
    while (get("/api/v1/products", token).statusCode() != 200) {
      assertThat(Duration.between(back, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }
    while (get("/health/ready", null).statusCode() != 200) {
      assertThat(Duration.between(back, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }
    assertThat(get("/api/v1/products", signIn()).statusCode()).isEqualTo(200);
  }

  @Test
  void a_database_that_keeps_its_connections_but_stops_answering_is_a_503_too_not_a_hang()
      throws Exception {
    String token = signIn();
    assertThat(get("/api/v1/products", token).statusCode()).isEqualTo(200);

    proxy.freeze(); // every connection stays open; no byte passes
    List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      waiting.add(http.sendAsync(request("/api/v1/products", token), BodyHandlers.ofString()));
    }

    Instant probing = Instant.now();
    assertThat(get("/health/live", null).statusCode()).isEqualTo(200);
    while (get("/health/ready", null).statusCode() != 503) {
      assertThat(Duration.between(probing, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }
    for (CompletableFuture<HttpResponse<String>> request : waiting) {
      // the statement timeout (5 s) plus the wait for a connection (3 s), and some room
      HttpResponse<String> response = request.get(20, TimeUnit.SECONDS);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(response.body()).isEqualTo(UNAVAILABLE);
      assertThat(response.headers().firstValue("Retry-After")).contains("5");
    }

    proxy.thaw();
    Instant back = Instant.now();
    while (get("/api/v1/products", token).statusCode() != 200) {
      assertThat(Duration.between(back, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }
  }

  private String signIn() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(credentials()))
                .build(),
            BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Matcher token = ID_TOKEN.matcher(response.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private static String credentials() {
    return "{\"email\": \"" + EMAIL + "\", \"password\": \"" + PASSWORD + "\"}";
  }

  private HttpRequest request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    return http.send(request(path, token), BodyHandlers.ofString());
  }
}
