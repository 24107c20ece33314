package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.synq.adapter.auth.CachingTokenGenerations;
import io.synq.adapter.auth.KeyRefreshPolicy;
import io.synq.adapter.persistence.EmbeddedPostgresServer;
import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.application.testing.TestClock;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.tenancy.OrgScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers as {@code main} wires them, on their own ports, sharing one real PostgreSQL (a fresh
 * database for each test), as two instances behind a load balancer: they behave as one service.
 * Both read one controlled clock, so bounds are shown by moving it, not by waiting.
 */
class SeveralInstancesTest {
  private static final String ADMIN = "ada@acme.test";
  private static final String PASSWORD = "correct horse battery";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestClock clock = new TestClock(Instant.now());
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<AutoCloseable> running = new ArrayList<>();
  private Wiring one;
  private Wiring two;
  private URI first;
  private URI second;

  @BeforeEach
  void twoInstancesOnOneDatabase() {
    Config config =
        Config.fromVariables(
            Map.of(
                "SYNQ_DB_URL",
                EmbeddedPostgresServer.newDatabase(),
                // set up as the README says: row-level security binds the servers' role
                "SYNQ_DB_USER",
                EmbeddedPostgresServer.APP,
                "SYNQ_DB_MIGRATION_USER",
                EmbeddedPostgresServer.OWNER,
                "SYNQ_PUBLIC_URL",
                "http://synq.test"));
    one = Wiring.open(config, clock);
    running.add(one);
    first = serve(one);
    two = Wiring.open(config, clock);
    running.add(two);
    second = serve(two);
    one.provisionAdmin()
        .provision(
            new ProvisionAdminUseCase.Command(
                OrgScope.of("acme", "sales"), new Email(ADMIN), new Password(PASSWORD)));
  }

  private URI serve(Wiring wiring) {
    StandaloneServer server = StandaloneServer.start("127.0.0.1", 0, wiring.restApplication());
    running.add(0, server); // servers stop before their databases close
    return URI.create("http://127.0.0.1:" + server.port());
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : running) {
      closeable.close();
    }
  }

  @Test
  void a_token_signed_in_on_one_works_on_the_other() {
    JsonNode session = signIn(first, ADMIN, PASSWORD);

    assertThat(get(second, "/api/v1/products", idToken(session)).statusCode()).isEqualTo(200);
  }

  @Test
  void a_refresh_token_rotated_on_one_is_refused_on_the_other_and_its_replay_ends_the_chain() {
    JsonNode session = signIn(first, ADMIN, PASSWORD);
    HttpResponse<String> rotated = refresh(first, refreshToken(session));
    assertThat(rotated.statusCode()).isEqualTo(200);

    HttpResponse<String> replayed = refresh(second, refreshToken(session));

    assertThat(replayed.statusCode()).isEqualTo(401);
    for (URI instance : List.of(first, second)) { // the replay ended the chain for both
      assertThat(refresh(instance, refreshToken(json(rotated))).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void of_concurrent_refreshes_of_one_token_on_both_exactly_one_wins() {
    String token = refreshToken(signIn(first, ADMIN, PASSWORD));
    List<CompletableFuture<Integer>> refreshes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      URI instance = i % 2 == 0 ? first : second;
      refreshes.add(CompletableFuture.supplyAsync(() -> refresh(instance, token).statusCode()));
    }

    List<Integer> statuses = refreshes.stream().map(CompletableFuture::join).toList();

    assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 401);
  }

  @Test
  void failed_sign_ins_count_against_one_limit_across_both() {
    for (int attempt = 0; attempt < 5; attempt++) {
      URI instance = attempt % 2 == 0 ? first : second;
      assertThat(login(instance, ADMIN, "not the password").statusCode()).isEqualTo(401);
    }

    assertThat(login(first, ADMIN, PASSWORD).statusCode()).isEqualTo(429);
    assertThat(login(second, ADMIN, PASSWORD).statusCode()).isEqualTo(429);
  }

  @Test
  void a_key_rotated_by_the_command_line_is_adopted_by_both_without_a_restart() {
    String byTheOldKey = idToken(signIn(first, ADMIN, PASSWORD));

    clock.advance(Duration.ofMinutes(1)); // a key made at the very instant would tie with it
    one.rotateSigningKey(); // as `keys rotate` does, from a process of its own
    String byTheNewKey = idToken(signIn(first, ADMIN, PASSWORD));
    assertThat(keyIdOf(byTheNewKey)).isNotEqualTo(keyIdOf(byTheOldKey));

    // The other loads keys at most every 30 s: a token with a key id it does not know yet makes
    // it load them once that much has passed since its last load.
    clock.advance(KeyRefreshPolicy.DEFAULT.minInterval());
    for (URI instance : List.of(first, second)) {
      assertThat(get(instance, "/api/v1/products", byTheNewKey).statusCode()).isEqualTo(200);
      assertThat(get(instance, "/api/v1/products", byTheOldKey).statusCode()).isEqualTo(200);
    }
    // And it signs with the new key once its keys are older than their maximum age.
    clock.advance(KeyRefreshPolicy.DEFAULT.maxAge());
    assertThat(keyIdOf(idToken(signIn(second, ADMIN, PASSWORD)))).isEqualTo(keyIdOf(byTheNewKey));
  }

  @Test
  void a_disabled_users_live_id_token_stops_working_on_both_within_the_bound() {
    String admin = idToken(signIn(first, ADMIN, PASSWORD));
    String userId = createUser(first, admin, "bob@acme.test", "editor");
    String bobs = idToken(signIn(first, "bob@acme.test", PASSWORD));
    for (URI instance : List.of(first, second)) {
      assertThat(get(instance, "/api/v1/products", bobs).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> disabled =
        send(
            HttpRequest.newBuilder(second.resolve("/api/v1/users/" + userId))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", BodyPublishers.ofString("{\"disabled\": true}")));
    assertThat(disabled.statusCode()).isEqualTo(200);

    // Within the staleness each instance may still serve what it read before...
    clock.advance(CachingTokenGenerations.DEFAULT_STALENESS.minusMillis(1));
    assertThat(get(first, "/api/v1/products", bobs).statusCode()).isEqualTo(200);
    // ...and not a moment longer, on either.
    clock.advance(Duration.ofMillis(1));
    for (URI instance : List.of(first, second)) {
      HttpResponse<String> refused = get(instance, "/api/v1/products", bobs);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body())
          .isEqualTo("{\"error\": \"Unauthorized: Missing or invalid Authorization header\"}");
    }
  }

  @Test
  void housekeeping_on_both_at_once_deletes_what_expired_and_keeps_the_rest() {
    JsonNode old = signIn(first, ADMIN, PASSWORD);
    for (int attempt = 0; attempt < 2; attempt++) {
      login(second, "nobody@acme.test", "not the password"); // sign-in windows, in the database
    }
    clock.advance(Duration.ofDays(31).plusHours(1)); // past the refresh tokens' 30 days, plus one
    JsonNode fresh = signIn(second, ADMIN, PASSWORD);

    List<CompletableFuture<Integer>> runs =
        List.of(
            CompletableFuture.supplyAsync(() -> Housekeeping.runOnce(one.housekeepingTasks())),
            CompletableFuture.supplyAsync(() -> Housekeeping.runOnce(two.housekeepingTasks())));
    int deleted = runs.stream().mapToInt(CompletableFuture::join).sum();

    // the old refresh token and nobody's ended windows (the address's one the new sign-in reused)
    assertThat(deleted).isEqualTo(3);
    assertThat(refresh(first, refreshToken(old)).statusCode()).isEqualTo(401);
    assertThat(refresh(second, refreshToken(fresh)).statusCode()).isEqualTo(200);
    assertThat(Housekeeping.runOnce(two.housekeepingTasks())).isZero();
  }

  // --- HTTP ----------------------------------------------------------------------------------

  private JsonNode signIn(URI instance, String email, String password) {
    HttpResponse<String> response = login(instance, email, password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private HttpResponse<String> login(URI instance, String email, String password) {
    return post(
        instance,
        "/api/v1/auth/login",
        "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
  }

  private HttpResponse<String> refresh(URI instance, String refreshToken) {
    return post(instance, "/api/v1/auth/refresh", "{\"refresh_token\": \"" + refreshToken + "\"}");
  }

  private String createUser(URI instance, String adminToken, String email, String role) {
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(instance.resolve("/api/v1/users"))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofString(
                        "{\"email\": \""
                            + email
                            + "\", \"password\": \""
                            + PASSWORD
                            + "\", \"role\": \""
                            + role
                            + "\"}")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asText();
  }

  private HttpResponse<String> post(URI instance, String path, String body) {
    return send(
        HttpRequest.newBuilder(instance.resolve(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> get(URI instance, String path, String bearer) {
    return send(
        HttpRequest.newBuilder(instance.resolve(path)).header("Authorization", "Bearer " + bearer));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String idToken(JsonNode session) {
    return session.get("id_token").asText();
  }

  private static String refreshToken(JsonNode session) {
    return session.get("refresh_token").asText();
  }

  private static String keyIdOf(String token) {
    try {
      String header =
          new String(
              java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
      return JSON.readTree(header).get("kid").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
