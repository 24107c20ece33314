package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.adapter.rest.HttpContract;
import io.synq.adapter.rest.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole HTTP contract against the real server as {@code main} wires it (Grizzly, JDBI on H2,
 * jose4j verifying an external issuer's RS256 tokens), with real tokens of every kind of wrong.
 */
class EndToEndHttpContractTest extends HttpContract {
  private static final URI PUBLIC_URL = URI.create("https://api.synq.test");

  private static final String DATABASE_PASSWORD = "database-secret-" + UUID.randomUUID();
  private CapturedLogs logs;
  private TestIssuer issuer;
  private Wiring wiring;
  private StandaloneServer server;

  @BeforeAll
  void start() {
    logs = new CapturedLogs();
    issuer = new TestIssuer();
    Map<String, String> env = new HashMap<>();
    env.put("SYNQ_DB_USER", "sa");
    env.put("SYNQ_DB_PASSWORD", DATABASE_PASSWORD);
    env.put("SYNQ_DB_URL", "jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    env.put("SYNQ_AUTH_JWKS_URI", issuer.jwksUri().toString());
    env.put("SYNQ_AUTH_ISSUER", TestIssuer.ISSUER);
    env.put("SYNQ_AUTH_AUDIENCE", TestIssuer.AUDIENCE);
    env.put("SYNQ_PUBLIC_URL", PUBLIC_URL.toString());
    Config config = Config.fromVariables(env);
    wiring = Wiring.open(config, Clock.systemUTC());
    server = StandaloneServer.start("127.0.0.1", 0, wiring.restApplication());
  }

  /** The whole contract has run, at DEBUG: no token it sent is in any log line. */
  @AfterAll
  void stop() {
    server.close();
    wiring.close();
    issuer.close();
    logs.close();
    LogHygiene.assertClean(logs.rendered(), List.of(DATABASE_PASSWORD));
  }

  @Override
  protected URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  @Override
  protected URI publicUrl() {
    return PUBLIC_URL;
  }

  @Override
  protected String validToken(String subject, Map<String, Object> claims) {
    return issuer.sign(TestIssuer.claims(subject, claims));
  }

  @Override
  protected String expectedIssuer() {
    return TestIssuer.ISSUER;
  }

  @Override
  protected List<String> rejectedTokens() {
    Map<String, Object> synq = Map.of("tenantid", "t", "org_id", "o", "role", "admin");
    RsaJsonWebKey stranger = TestIssuer.rsaKey("stranger", 2048);

    JwtClaims expired = TestIssuer.claims("u", synq);
    expired.setIssuedAt(TestIssuer.secondsFromNow(-1800));
    expired.setExpirationTime(TestIssuer.secondsFromNow(-120));
    JwtClaims notYetValid = TestIssuer.claims("u", synq);
    notYetValid.setNotBefore(TestIssuer.secondsFromNow(600));
    JwtClaims issuedInTheFuture = TestIssuer.claims("u", synq);
    issuedInTheFuture.setIssuedAt(TestIssuer.secondsFromNow(600));
    issuedInTheFuture.setExpirationTime(TestIssuer.secondsFromNow(1200));
    JwtClaims livesTooLong = TestIssuer.claims("u", synq);
    livesTooLong.setExpirationTime(TestIssuer.secondsFromNow(3600 + 120));
    JwtClaims wrongIssuer = TestIssuer.claims("u", synq);
    wrongIssuer.setIssuer("https://evil.example.test/");
    JwtClaims wrongAudience = TestIssuer.claims("u", synq);
    wrongAudience.setAudience("someone-else");
    JwtClaims noSubject = TestIssuer.claims("u", synq);
    noSubject.unsetClaim("sub");
    JwtClaims noExpiry = TestIssuer.claims("u", synq);
    noExpiry.unsetClaim("exp");
    JwtClaims noIssuedAt = TestIssuer.claims("u", synq);
    noIssuedAt.unsetClaim("iat");

    String valid = issuer.sign(TestIssuer.claims("u", synq));
    String[] parts = valid.split("\\.");
    String tamperedPayload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                TestIssuer.claims("u", Map.of("tenantid", "other", "org_id", "o", "role", "admin"))
                    .toJson()
                    .getBytes(StandardCharsets.UTF_8));

    return List.of(
        "garbage",
        valid + ".extra.parts", // JWE-shaped: five parts
        parts[0] + "." + tamperedPayload + "." + parts[2],
        issuer.sign(expired),
        issuer.sign(notYetValid),
        issuer.sign(issuedInTheFuture),
        issuer.sign(livesTooLong),
        issuer.sign(wrongIssuer),
        issuer.sign(wrongAudience),
        issuer.sign(noSubject),
        issuer.sign(noExpiry),
        issuer.sign(noIssuedAt),
        TestIssuer.sign(
            TestIssuer.claims("u", synq), stranger, AlgorithmIdentifiers.RSA_USING_SHA256),
        TestIssuer.sign(
            TestIssuer.claims("u", synq), issuer.key(), AlgorithmIdentifiers.RSA_USING_SHA384),
        TestIssuer.sign(
            TestIssuer.claims("u", synq), issuer.key(), AlgorithmIdentifiers.RSA_PSS_USING_SHA256),
        unsigned(TestIssuer.claims("u", synq)),
        hmacWithThePublicKey(TestIssuer.claims("u", synq)),
        embeddedJwkHeader(TestIssuer.claims("u", synq), stranger),
        jkuHeader(TestIssuer.claims("u", synq), stranger));
  }

  @Test
  void a_small_rsa_key_is_not_trusted_even_with_a_known_kid() {
    RsaJsonWebKey weak = TestIssuer.rsaKey(issuer.key().getKeyId(), 1024);
    String token =
        TestIssuer.sign(
            TestIssuer.claims("u", Map.of("tenantid", "t", "org_id", "o", "role", "admin")),
            weak,
            AlgorithmIdentifiers.RSA_USING_SHA256);

    HttpResponse<String> response = send(RawHttp.authorized(request("/api/v1/products"), token));

    assertThat(RawHttp.assertError(response, 401))
        .isEqualTo("Unauthorized: Missing or invalid Authorization header");
  }

  /**
   * The JDK's client offers an h2c upgrade on every cleartext request. Plain Grizzly leaves such a
   * request's body unterminated (eclipse-ee4j/jersey issue 6059); the server declines the upgrade
   * and answers in HTTP/1.1.
   */
  @Test
  void a_default_jdk_http_client_can_write_and_read() throws Exception {
    String token =
        validToken(
            "h2", Map.of("tenantid", "h2-" + UUID.randomUUID(), "org_id", "o", "role", "admin"));
    HttpClient client = HttpClient.newHttpClient();

    HttpResponse<String> created =
        client.send(
            HttpRequest.newBuilder(baseUri().resolve("/api/v1/products"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"sku\": \"h2c\", \"name\": \"n\","
                            + " \"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> listed =
        client.send(
            HttpRequest.newBuilder(baseUri().resolve("/api/v1/products"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(listed.body()).contains("\"sku\":\"h2c\"");
  }

  @Test
  void the_issuer_documents_are_absent_with_an_external_issuer() {
    assertThat(send(request("/.well-known/jwks.json")).statusCode()).isEqualTo(404);
  }

  private String unsigned(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
    jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
    jws.setKeyIdHeaderValue(issuer.key().getKeyId());
    return serialize(jws);
  }

  /** The classic confusion attack: HS256 keyed with the bytes of the RSA public key. */
  private String hmacWithThePublicKey(JwtClaims claims) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
    jws.setKeyIdHeaderValue(issuer.key().getKeyId());
    jws.setKey(new HmacKey(issuer.key().getPublicKey().getEncoded()));
    return serialize(jws);
  }

  private static String embeddedJwkHeader(JwtClaims claims, RsaJsonWebKey attacker) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setJwkHeader(attacker); // the attacker's own key, offered for verification
    jws.setKey(attacker.getRsaPrivateKey());
    return serialize(jws);
  }

  private static String jkuHeader(JwtClaims claims, RsaJsonWebKey attacker) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setKeyIdHeaderValue(attacker.getKeyId());
    jws.setHeader("jku", "http://127.0.0.1:1/attacker-jwks.json");
    jws.setKey(attacker.getRsaPrivateKey());
    return serialize(jws);
  }

  private static String serialize(JsonWebSignature jws) {
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
