package io.synq.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.adapter.auth.TokenRequest;
import io.synq.adapter.rest.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The standalone server against clients that are slow, stuck or speak HTTP badly, over raw sockets
 * so that every byte is what the test says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileClientsTest {
  /** Short, so that a test sees it pass; the server's default is 10 s. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

  /** More than the server has worker threads: each would pin one if it waited for bodies. */
  private static final int SLOW_CLIENTS = HttpLimits.DEFAULT_WORKER_THREADS * 2;

  private Wiring wiring;
  private StandaloneServer server;
  private String viewerToken;

  @BeforeAll
  void start() {
    Config config =
        Config.fromVariables(
            Map.of(
                "SYNQ_DB_URL",
                "jdbc:h2:mem:hostile-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "SYNQ_PUBLIC_URL",
                "http://synq.test"));
    wiring = Wiring.open(config, Clock.systemUTC());
    server =
        StandaloneServer.start(
            "127.0.0.1",
            0,
            wiring.restApplication(),
            HttpLimits.DEFAULTS.withRequestTimeout(REQUEST_TIMEOUT));
    viewerToken =
        wiring
            .embeddedIssuer()
            .orElseThrow()
            .mint(
                new TokenRequest(
                    "hostile-test",
                    "tenant-" + UUID.randomUUID(),
                    "org",
                    "viewer",
                    Duration.ofMinutes(10)));
  }

  @AfterAll
  void stop() {
    server.close();
    wiring.close();
  }

  @Test
  void slow_bodies_hold_no_worker_so_probes_and_reads_answer_within_a_second() throws Exception {
    List<Socket> slow = new ArrayList<>();
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        Socket socket = connect();
        send(socket, loginHeaders(1000) + "{");
        slow.add(socket);
      }
      // One more byte now and then, as a slowloris does, so that no idle timeout ends them.
      trickle.scheduleAtFixedRate(
          () -> slow.forEach(socket -> sendQuietly(socket, "\"")), 200, 200, TimeUnit.MILLISECONDS);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

      for (int round = 0; round < 20; round++) {
        HttpResponse<String> live = client.send(get("/health/live", null), bodyAsString());
        HttpResponse<String> products =
            client.send(get("/api/v1/products", viewerToken), bodyAsString());

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(products.statusCode()).as(products.body()).isEqualTo(200);
      }
    } finally {
      trickle.shutdownNow();
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void a_body_not_received_in_time_is_408_in_json_and_the_connection_closes() throws IOException {
    try (Socket socket = connect()) {
      send(socket, loginHeaders(1000) + "{\"email\": ");

      String response = readUntilClosed(socket);

      assertTimedOut(response);
    }
  }

  @Test
  void headers_not_received_in_time_are_408_in_json_and_the_connection_closes() throws IOException {
    try (Socket socket = connect()) {
      send(socket, "GET /health/live HTTP/1.1\r\nHost: synq.test\r\nX-Slow: ");

      assertTimedOut(readUntilClosed(socket));
    }
  }

  @Test
  void the_deadline_is_per_request_on_a_kept_alive_connection() throws IOException {
    try (Socket socket = connect()) {
      for (int i = 0; i < 3; i++) {
        send(socket, "GET /health/live HTTP/1.1\r\nHost: synq.test\r\n\r\n");
        assertThat(readResponseHead(socket)).startsWith("HTTP/1.1 200");
      }
    }
  }

  @Test
  void a_request_that_trickles_in_byte_by_byte_within_the_deadline_is_served() throws IOException {
    try (Socket socket = connect()) {
      socket.setTcpNoDelay(true);
      for (byte b : "GET /health/live HTTP/1.1\r\nHost: synq.test\r\n\r\n".getBytes(UTF_8)) {
        socket.getOutputStream().write(b);
        socket.getOutputStream().flush();
      }

      assertThat(readResponseHead(socket)).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void a_token_sized_header_fits_and_one_over_the_limit_is_431_in_json() throws IOException {
    String tokenSized = "Bearer " + "a".repeat(20 * 1024);
    String tooLarge = "Bearer " + "a".repeat(HttpLimits.DEFAULT_MAX_HEADER_BYTES);

    String fits = exchange(getWith("Authorization: " + tokenSized));
    String refused = exchange(getWith("Authorization: " + tooLarge));

    assertThat(fits).startsWith("HTTP/1.1 401");
    assertJsonError(fits, "Unauthorized: Missing or invalid Authorization header");
    assertThat(refused).startsWith("HTTP/1.1 431");
    assertThat(errorOf(refused))
        .startsWith("Request Header Fields Too Large: ")
        .contains(HttpLimits.DEFAULT_MAX_HEADER_BYTES + " bytes");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET\r\n\r\n",
        "GET /health/live HTTP/1.1\r\nHost: synq.test\r\nno colon here\r\n\r\n",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: synq.test\r\nContent-Length: 5\r\n"
            + "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n0\r\n\r\n",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: synq.test\r\nContent-Length: 2\r\n"
            + "Content-Length: 30\r\nContent-Type: application/json\r\n\r\n{}",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: synq.test\r\nTransfer-Encoding: chunked\r\n"
            + "Content-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"
      })
  void malformed_or_ambiguously_framed_requests_are_400_in_json_and_closed(String request)
      throws IOException {
    String response = exchange(request);

    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(errorOf(response)).startsWith("Bad Request: ");
  }

  @Test
  void cleartext_http2_is_off_and_a_default_jdk_client_still_posts() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base().resolve("/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"email\": \"nobody@synq.test\", \"password\": \"not the one\"}"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                bodyAsString());

    assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(RawHttp.assertError(response, 401))
        .isEqualTo("Unauthorized: Invalid email or password");
  }

  private static void assertTimedOut(String response) {
    assertThat(response).startsWith("HTTP/1.1 408");
    assertThat(response).containsIgnoringCase("Connection: close");
    assertThat(errorOf(response))
        .isEqualTo(
            "Request Timeout: the whole request must arrive within "
                + REQUEST_TIMEOUT.toMillis()
                + " ms");
  }

  private static void assertJsonError(String response, String message) {
    assertThat(errorOf(response)).isEqualTo(message);
  }

  /** The error message of a raw response, after checking that it is declared JSON. */
  private static String errorOf(String response) {
    int split = response.indexOf("\r\n\r\n");
    assertThat(split).as(response).isPositive();
    assertThat(response.substring(0, split).toLowerCase())
        .contains("content-type: application/json");
    var body = RawHttp.parse(response.substring(split + 4));
    assertThat(RawHttp.fieldNames(body)).containsExactly("error");
    return body.get("error").asText();
  }

  private String loginHeaders(int contentLength) {
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: synq.test\r\n"
        + "Content-Type: application/json\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  private static String getWith(String header) {
    return "GET /api/v1/products HTTP/1.1\r\nHost: synq.test\r\n"
        + header
        + "\r\nConnection: close\r\n\r\n";
  }

  private HttpRequest get(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(1));
    return (token == null ? request : request.header("Authorization", "Bearer " + token)).build();
  }

  private static HttpResponse.BodyHandler<String> bodyAsString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  /** Sends the request and reads until the server closes the connection. */
  private String exchange(String request) throws IOException {
    try (Socket socket = connect()) {
      send(socket, request);
      return readUntilClosed(socket);
    }
  }

  private static void send(Socket socket, String bytes) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(bytes.getBytes(UTF_8));
    out.flush();
  }

  private static void sendQuietly(Socket socket, String bytes) {
    try {
      send(socket, bytes);
    } catch (IOException e) {
      // closed by the server or the test: nothing more to send
    }
  }

  private static String readUntilClosed(Socket socket) throws IOException {
    return new String(socket.getInputStream().readAllBytes(), UTF_8);
  }

  /** Status line and headers of one response with a Content-Length, body consumed. */
  private static String readResponseHead(Socket socket) throws IOException {
    var in = socket.getInputStream();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    String lengthHeader =
        head.toString()
            .lines()
            .filter(line -> line.toLowerCase().startsWith("content-length:"))
            .findFirst()
            .orElse("content-length: 0");
    in.readNBytes(Integer.parseInt(lengthHeader.substring(15).trim()));
    return head.toString();
  }
}
