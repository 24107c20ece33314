package io.synq.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.synq.application.testing.TestClock;
import io.synq.client.RecordingProxy.Exchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A signed-in session against the real server, through a proxy that counts what the client sends.
 * Moving the server's clock past an hour expires the ID tokens it issued; moving the client's clock
 * makes the session think its token is about to expire.
 */
class SignedInSessionTest {
  private static final String PASSWORD = "correct horse battery staple";
  private static final String PRODUCTS = "/api/v1/products";
  private static final String LOGIN = "/api/v1/auth/login";
  private static final String REFRESH = "/api/v1/auth/refresh";
  private static final String LOGOUT = "/api/v1/auth/logout";
  private static final Duration PAST_EXPIRY = Duration.ofHours(2);

  private static SynqTestServer server;
  private static RecordingProxy proxy;

  private TestClock clientClock;
  private String email;

  @BeforeAll
  static void start() throws Exception {
    server = SynqTestServer.start();
    proxy = RecordingProxy.to(server.uri());
  }

  @AfterAll
  static void stop() {
    proxy.close();
    server.close();
  }

  @BeforeEach
  void newUser() throws Exception {
    email = "user-" + UUID.randomUUID() + "@example.com";
    server.createUser("acme", "org-" + UUID.randomUUID(), email, PASSWORD, "editor");
    clientClock = new TestClock(server.clock().instant());
    proxy.forget();
  }

  private SynqClient signIn() {
    return SynqClient.builder(proxy.uri()).clock(clientClock).signIn(email, PASSWORD).build();
  }

  private static long count(String path, int status) {
    return proxy.to(path).stream().filter(exchange -> exchange.status() == status).count();
  }

  @Test
  void signs_in_and_calls_the_api_with_the_id_token() {
    SynqClient synq = signIn();

    synq.products().create(new NewProduct("SKU-1", "Shirt", null, Price.of("9.99", "EUR")));

    assertThat(proxy.exchanges())
        .extracting(Exchange::path, Exchange::status)
        .containsExactly(tuple(LOGIN, 200), tuple(PRODUCTS, 201));
    assertThat(synq).asString().doesNotContain(PASSWORD);
  }

  @Test
  void a_wrong_password_is_refused_with_the_servers_error() {
    assertThatThrownBy(
            () -> SynqClient.builder(proxy.uri()).signIn(email, "a wrong password").build())
        .isInstanceOfSatisfying(
            SynqUnauthorizedException.class,
            e -> assertThat(e.error()).isEqualTo("Unauthorized: Invalid email or password"));
    assertThat(proxy.to(LOGIN)).extracting(Exchange::status).containsExactly(401);
  }

  @Test
  void an_expired_id_token_is_refreshed_after_the_401_and_the_call_retried_once() {
    SynqClient synq = signIn();
    server.clock().advance(PAST_EXPIRY);

    assertThat(synq.products().list(10, null).items()).isEmpty();

    assertThat(proxy.to(PRODUCTS)).extracting(Exchange::status).containsExactly(401, 200);
    assertThat(proxy.to(REFRESH)).extracting(Exchange::status).containsExactly(200);
  }

  @Test
  void refreshes_shortly_before_exp_and_keeps_the_newest_refresh_token() {
    SynqClient synq = signIn();

    for (int hour = 0; hour < 2; hour++) {
      clientClock.advance(Duration.ofMinutes(59).plusSeconds(30));
      server.clock().advance(Duration.ofMinutes(59).plusSeconds(30));
      synq.products().list(10, null);
    }

    // The second refresh presents the token the first one returned: a reused one would be a replay.
    assertThat(proxy.to(REFRESH)).extracting(Exchange::status).containsExactly(200, 200);
    assertThat(proxy.to(PRODUCTS)).extracting(Exchange::status).containsExactly(200, 200);
  }

  @Test
  void many_threads_with_an_expired_token_share_one_refresh() throws Exception {
    SynqClient synq = signIn();
    server.clock().advance(PAST_EXPIRY);
    int threads = 12;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ProductPage>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<ProductPage> call =
            () -> {
              start.await();
              return synq.products().list(10, null);
            };
        calls.add(pool.submit(call));
      }
      start.countDown();
      for (Future<ProductPage> call : calls) {
        assertThat(call.get().items()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(proxy.to(REFRESH)).extracting(Exchange::status).containsExactly(200);
    assertThat(count(PRODUCTS, 200)).isEqualTo(threads);
  }

  @Test
  void a_replayed_refresh_token_ends_the_session_with_an_error_and_no_retry_loop()
      throws Exception {
    SynqClient synq = signIn();
    String refreshToken = refreshTokenOf(proxy.to(LOGIN).get(0));
    // Someone else uses the session's refresh token first: the server revokes the whole chain.
    String body = "{\"refresh_token\": \"" + refreshToken + "\"}";
    assertThat(server.post(REFRESH, body, null).statusCode()).isEqualTo(200);
    server.clock().advance(PAST_EXPIRY);

    assertThatThrownBy(() -> synq.products().list(10, null))
        .isInstanceOf(SynqUnauthorizedException.class);
    assertThatThrownBy(() -> synq.products().list(10, null))
        .isInstanceOf(SynqUnauthorizedException.class);

    assertThat(proxy.to(PRODUCTS)).extracting(Exchange::status).containsExactly(401);
    assertThat(proxy.to(REFRESH)).extracting(Exchange::status).containsExactly(401);
  }

  @Test
  void closing_signs_out_so_the_refresh_token_no_longer_works() throws Exception {
    SynqClient synq = signIn();
    String refreshToken = refreshTokenOf(proxy.to(LOGIN).get(0));

    synq.close();

    assertThat(proxy.to(LOGOUT)).extracting(Exchange::status).containsExactly(204);
    String body = "{\"refresh_token\": \"" + refreshToken + "\"}";
    assertThat(server.post(REFRESH, body, null).statusCode()).isEqualTo(401);
    assertThatThrownBy(() -> synq.products().list(10, null))
        .isInstanceOf(IllegalStateException.class);
  }

  private static String refreshTokenOf(Exchange login) throws Exception {
    return new ObjectMapper().readTree(login.responseBody()).path("refresh_token").asText();
  }
}
