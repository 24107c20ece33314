package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.synq.application.testing.TestClock;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real server with an external issuer whose JWKS endpoint sends its headers and then stalls: it
 * listens at once, answers 401 to tokens and 503 to readiness until the keys load.
 */
class ExternalIssuerStartUpTest {
  private static final Duration PROMPTLY = Duration.ofSeconds(10);
  private static final String UNAUTHORIZED =
      "{\"error\": \"Unauthorized: Missing or invalid Authorization header\"}";

  private final RsaJsonWebKey key = TestIssuer.rsaKey("stalled-key", 2048);
  private final StallingJwks jwks = new StallingJwks(key);
  private final TestClock clock = new TestClock(Instant.now());
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private Wiring wiring;
  private StandaloneServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    if (wiring != null) {
      wiring.close();
    }
    jwks.close();
  }

  @Test
  void listens_at_once_answers_401_until_the_keys_load_and_is_ready_only_then() {
    Map<String, String> env = new HashMap<>();
    env.put("SYNQ_DB_URL", "jdbc:h2:mem:stall-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    env.put("SYNQ_AUTH_JWKS_URI", jwks.uri().toString());
    env.put("SYNQ_AUTH_ISSUER", TestIssuer.ISSUER);
    env.put("SYNQ_AUTH_AUDIENCE", TestIssuer.AUDIENCE);
    Config config = Config.fromVariables(env);

    assertTimeoutPreemptively(
        PROMPTLY,
        () -> {
          wiring = Wiring.open(config, clock);
          server = StandaloneServer.start("127.0.0.1", 0, wiring.restApplication());
        });
    String token =
        TestIssuer.sign(
            TestIssuer.claims("u", Map.of("tenantid", "t", "org_id", "o", "role", "viewer")),
            key,
            AlgorithmIdentifiers.RSA_USING_SHA256);

    await("the first fetch is stuck", jwks::stalled);

    HttpResponse<String> ready = get("/health/ready", null);
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body())
        .isEqualToIgnoringWhitespace(
            "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"server\",\"status\":\"UP\"},"
                + "{\"name\":\"database\",\"status\":\"UP\"},"
                + "{\"name\":\"issuer_keys\",\"status\":\"DOWN\"}]}");
    HttpResponse<String> products =
        assertTimeoutPreemptively(PROMPTLY, () -> get("/api/v1/products", token));
    assertThat(products.statusCode()).isEqualTo(401);
    assertThat(products.body()).isEqualTo(UNAUTHORIZED);
    assertThat(jwks.stalled()).as("the first fetch still stuck").isTrue();

    jwks.answer();
    clock.advance(Duration.ofSeconds(30)); // the refresh policy's minimum interval

    await("ready", () -> get("/health/ready", null).statusCode() == 200);
    assertThat(get("/api/v1/products", token).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PROMPTLY.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("not within " + PROMPTLY + ": " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      }
    }
  }

  /** A JWKS endpoint that sends status and headers, then nothing until told to answer. */
  private static final class StallingJwks implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch answering = new CountDownLatch(1);
    private final CountDownLatch stalling = new CountDownLatch(1);
    private final byte[] jwks;

    StallingJwks(RsaJsonWebKey key) {
      jwks =
          new JsonWebKeySet(key)
              .toJson(OutputControlLevel.PUBLIC_ONLY)
              .getBytes(StandardCharsets.UTF_8);
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext("/jwks.json", this::handle);
      server.setExecutor(handlers);
      server.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
    }

    /** Whether a request is being held. */
    boolean stalled() {
      return stalling.getCount() == 0 && answering.getCount() == 1;
    }

    /** Cuts the held requests short and answers the next ones with the JWKS. */
    void answer() {
      answering.countDown();
    }

    @Override
    public void close() {
      answer();
      server.stop(0);
      handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (answering.getCount() == 0) {
        exchange.sendResponseHeaders(200, jwks.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(jwks);
        }
        return;
      }
      exchange.sendResponseHeaders(200, jwks.length);
      stalling.countDown();
      try {
        answering.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        exchange.close();
      } catch (RuntimeException e) {
        // the body promised was never sent: the connection closes all the same
      }
    }
  }
}
