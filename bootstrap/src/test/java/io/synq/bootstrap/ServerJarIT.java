package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as a user runs it: {@code java -jar synq-server.jar} in a fresh directory, on
 * its embedded defaults (H2 file database under ./data, embedded issuer).
 */
class ServerJarIT {
  /** Server and CLI read the same configuration: a free port, so the issuer is set explicitly. */
  private static final Map<String, String> SHARED_CONFIG =
      Map.of("SYNQ_HTTP_PORT", "0", "SYNQ_PUBLIC_URL", "http://synq.test");

  @TempDir Path workDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private PackagedJar jar;

  @BeforeEach
  void inTheWorkingDirectory() {
    jar = new PackagedJar(workDir, SHARED_CONFIG);
  }

  @AfterEach
  void stopServers() throws InterruptedException {
    jar.close();
  }

  /**
   * SIGTERM while a request is in flight (its body half sent): readiness goes DOWN on both
   * listeners during the drain, the request still completes and its write is kept, and the process
   * exits 0 after the database has closed behind it.
   */
  @Test
  void sigterm_drains_lets_the_request_in_flight_complete_and_exits_0() throws Exception {
    PackagedJar.Server server = jar.start(Map.of("SYNQ_SHUTDOWN_DRAIN_SECONDS", "3"));
    URI base = server.base();
    URI management = server.managementBase();
    String bearer =
        jar.run("token", "--tenant", "acme", "--org", "sales", "--role", "admin").lastStdoutLine();
    byte[] body =
        ("{\"sku\": \"in-flight-1\", \"name\": \"In flight\","
                + " \"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}")
            .getBytes(StandardCharsets.UTF_8);

    try (Socket inFlight = new Socket("127.0.0.1", base.getPort())) {
      inFlight.setSoTimeout(30_000);
      OutputStream out = inFlight.getOutputStream();
      out.write(
          ("POST /api/v1/products HTTP/1.1\r\nHost: synq.test\r\n"
                  + "Authorization: Bearer "
                  + bearer
                  + "\r\n"
                  + "Content-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, 10);
      out.flush();

      server.terminate();
      HttpResponse<String> ready = get(management, "/health/ready", null);
      while (ready.statusCode() == 200) {
        ready = get(management, "/health/ready", null);
      }
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("{\"name\":\"server\",\"status\":\"DOWN\"}");
      assertThat(get(base, "/health/ready", null).statusCode())
          .as("the API listener, still accepting while it drains")
          .isEqualTo(503);

      out.write(body, 10, body.length - 10);
      out.flush();
      String answer = new String(inFlight.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).as(server::log).startsWith("HTTP/1.1 201 ");
    }

    assertThat(server.exitCode()).as(server::log).isZero();

    PackagedJar.Server restarted = jar.start();
    String products = get(restarted.base(), "/api/v1/products", bearer).body();
    assertThat(products).contains("\"sku\":\"in-flight-1\"");
  }

  @Test
  void serves_tokens_from_the_cli_and_keeps_acknowledged_writes_across_kill_9() throws Exception {
    PackagedJar.Server server = jar.start();
    URI base = server.base();

    PackagedJar.Result token =
        jar.run("token", "--tenant", "acme", "--org", "sales", "--role", "admin");
    assertThat(token.exitCode()).as(token.stderr()).isZero();
    String bearer = token.lastStdoutLine();
    assertThat(bearer).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");

    assertThat(get(base, "/health/ready", null).statusCode()).isEqualTo(200);
    HttpResponse<String> createdProduct =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/products"))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"sku\": \"durable-1\", \"name\": \"Durable\","
                            + " \"price\": {\"amount\": \"19.99\", \"currency\": \"EUR\"}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(createdProduct.statusCode())
        .as(() -> createdProduct.body() + server.log())
        .isEqualTo(201);
    String location = createdProduct.headers().firstValue("Location").orElseThrow();

    server.kill(); // SIGKILL: no shutdown hook runs

    PackagedJar.Server restarted = jar.start();
    URI again = restarted.base();
    HttpResponse<String> read = get(again, URI.create(location).getPath(), bearer);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"sku\":\"durable-1\"").contains("\"amount\":\"19.99\"");

    HttpResponse<String> jwks = get(again, "/.well-known/jwks.json", null);
    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\"");
    assertThat(read.body()).doesNotContain(bearer);
  }

  @Test
  void an_administrator_made_by_the_cli_signs_in_and_tokens_survive_key_rotation()
      throws Exception {
    PackagedJar.Server server = jar.start();
    URI base = server.base();
    assertThat(server.log()).contains("admin create --tenant");

    Map<String, String> password = Map.of("SYNQ_ADMIN_PASSWORD", "correct-horse-battery");
    String[] create = {
      "admin", "create", "--tenant", "acme", "--org", "sales", "--email", "Ada@Acme.test"
    };
    PackagedJar.Result created = jar.run(password, create);
    assertThat(created.exitCode()).as(created.stderr()).isZero();
    assertThat(created.stdout()).contains("Created administrator ada@acme.test");
    PackagedJar.Result again = jar.run(password, create);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.stderr()).contains("the email is already in use");

    String idToken = signIn(base, "ada@acme.test", "correct-horse-battery");
    assertThat(get(base, "/api/v1/products", idToken).statusCode()).isEqualTo(200);

    PackagedJar.Result rotated = jar.run("keys", "rotate");
    assertThat(rotated.exitCode()).as(rotated.stderr()).isZero();
    String newKeyId = rotated.lastStdoutLine().replace("New signing key ", "");

    // The old key stays trusted; the running server adopts the new one within its reload policy
    // (unit-tested with a controlled clock in adapters-auth), so only the CLI sees it at once.
    assertThat(get(base, "/api/v1/products", idToken).statusCode()).isEqualTo(200);
    PackagedJar.Result byNewKey =
        jar.run("token", "--tenant", "acme", "--org", "sales", "--role", "viewer");
    assertThat(byNewKey.lastStdoutLine()).startsWith(jwtHeaderWithKeyId(newKeyId));
  }

  @Test
  void demo_mode_creates_an_organization_to_sign_in_to() throws Exception {
    PackagedJar.Server server = jar.start("--demo");
    URI base = server.base();
    Matcher password = Pattern.compile("password: +(\\S+)").matcher(server.log());
    assertThat(password.find()).as(server.log()).isTrue();
    assertThat(server.log())
        .contains("Open http://synq.test/ in a browser and sign in: your token is under Settings");

    String idToken = signIn(base, DemoData.EMAIL, password.group(1));

    HttpResponse<String> products = get(base, "/api/v1/products", idToken);
    assertThat(products.statusCode()).isEqualTo(200);
    assertThat(products.body()).contains("TSHIRT-M", "MUG-01", "CAP-RED");
  }

  @Test
  void a_bad_setting_stops_start_up_with_one_line_naming_it() throws Exception {
    PackagedJar.Result result = jar.run(Map.of("SYNQ_HTTP_PORT", "eighty"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr().strip())
        .startsWith("synq-server: SYNQ_HTTP_PORT must be")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void encrypted_signing_keys_need_their_key_and_the_data_stays_with_its_owner() throws Exception {
    String key = KeyEncryptionSettingTest.randomKey();
    Path keyFile = Files.writeString(workDir.resolve("kek"), key + "\n");
    String[] token = {"token", "--tenant", "acme", "--org", "sales", "--role", "viewer"};

    PackagedJar.Result rotated =
        jar.run(Map.of("SYNQ_KEY_ENCRYPTION_KEY_FILE", keyFile.toString()), "keys", "rotate");
    assertThat(rotated.exitCode()).as(rotated.stderr()).isZero();
    PackagedJar.Result minted = jar.run(Map.of("SYNQ_KEY_ENCRYPTION_KEY", key), token);
    assertThat(minted.exitCode()).as(minted.stderr()).isZero();
    assertThat(minted.lastStdoutLine()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");

    PackagedJar.Result wrongKey =
        jar.run(Map.of("SYNQ_KEY_ENCRYPTION_KEY", KeyEncryptionSettingTest.randomKey()), token);
    assertThat(wrongKey.exitCode()).isEqualTo(2);
    assertThat(wrongKey.lastStderrLine())
        .isEqualTo("token: SYNQ_KEY_ENCRYPTION_KEY does not decrypt the stored signing keys");
    PackagedJar.Result noKey = jar.run(token);
    assertThat(noKey.exitCode()).isEqualTo(2);
    assertThat(noKey.lastStderrLine())
        .startsWith("token: the stored signing keys are encrypted: set SYNQ_KEY_ENCRYPTION_KEY");

    Path data = workDir.resolve("data");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    Path file = data.resolve("synq.mv.db");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    String stored = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    assertThat(stored).contains("enc:v1:").doesNotContain("\"kty\"");
  }

  @Test
  void the_token_command_refuses_a_lifetime_over_one_hour() throws Exception {
    PackagedJar.Result result =
        jar.run("token", "--tenant", "t", "--org", "o", "--role", "viewer", "--ttl", "3601");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stderr()).contains("ttl");
  }

  /** The start of a compact JWS whose header is exactly the embedded issuer's for this key. */
  private static String jwtHeaderWithKeyId(String keyId) {
    String header = "{\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"typ\":\"JWT\"}";
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(header.getBytes(StandardCharsets.UTF_8));
  }

  private String signIn(URI base, String email, String password) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Matcher token = Pattern.compile("\"id_token\":\"([^\"]+)\"").matcher(response.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private HttpResponse<String> get(URI base, String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
