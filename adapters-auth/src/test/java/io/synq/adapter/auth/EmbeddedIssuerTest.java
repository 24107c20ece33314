package io.synq.adapter.auth;

import static io.synq.adapter.auth.Acceptances.assertAccepted;
import static io.synq.adapter.auth.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.out.IdTokenIssuer;
import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import io.synq.application.service.AuthenticateService;
import io.synq.application.testing.InMemorySigningKeyStore;
import io.synq.application.testing.TestClock;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/** The server's own issuer: keys in the store, tokens that survive restarts. */
class EmbeddedIssuerTest {
  private static final String ISSUER = "http://localhost:8080";
  private static final String AUDIENCE = "synq-api";
  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final StoredSigningKey OLDER = SigningKeyMaterial.generate(START.minusSeconds(60));
  private static final StoredSigningKey NEWER = SigningKeyMaterial.generate(START.minusSeconds(30));

  private final TestClock clock = new TestClock(START);
  private final CountingStore store = new CountingStore();

  @Test
  void generates_and_stores_one_key_when_the_store_is_empty() throws JoseException {
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);

    assertThat(store.all()).hasSize(1);
    StoredSigningKey stored = store.all().get(0);
    assertThat(stored.createdAt()).isEqualTo(START);
    assertThat(
            JsonWebStructure.fromCompactSerialization(issuer.mint(request())).getKeyIdHeaderValue())
        .isEqualTo(stored.keyId());
  }

  @Test
  void reopening_the_store_keeps_the_key_and_the_tokens_valid() {
    String token = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock).mint(request());

    EmbeddedIssuer restarted = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);

    assertThat(store.all()).hasSize(1);
    assertThat(restarted.verifier(SKEW).verify(token).subject()).isEqualTo("alice");
  }

  @Test
  void mints_an_rs256_jwt_with_the_synq_claims() throws JoseException {
    store.add(NEWER);
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);

    String token = issuer.mint(request());

    JsonWebStructure jws = JsonWebStructure.fromCompactSerialization(token);
    assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");
    assertThat(jws.getKeyIdHeaderValue()).isEqualTo(NEWER.keyId());
    assertThat(jws.getHeader("typ")).isEqualTo("JWT");
    VerifiedToken verified = issuer.verifier(SKEW).verify(token);
    assertThat(verified.subject()).isEqualTo("alice");
    assertThat(verified.claims())
        .containsOnly(
            Map.entry("jti", jwtId(verified.claims())),
            Map.entry("iss", ISSUER),
            Map.entry("aud", AUDIENCE),
            Map.entry("sub", "alice"),
            Map.entry("iat", START.getEpochSecond()),
            Map.entry("exp", START.getEpochSecond() + 600),
            Map.entry("tenantid", "t1"),
            Map.entry("org_id", "o1"),
            Map.entry("role", "editor"));
  }

  @Test
  void issues_one_hour_id_tokens_for_users_that_its_verifier_accepts() throws JoseException {
    store.add(NEWER);
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);
    User ada = user();

    String token = issuer.issue(ada);

    JsonWebStructure jws = JsonWebStructure.fromCompactSerialization(token);
    assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");
    assertThat(jws.getKeyIdHeaderValue()).isEqualTo(NEWER.keyId());
    Map<String, Object> claims = issuer.verifier(SKEW).verify(token).claims();
    assertThat(claims)
        .containsOnly(
            Map.entry("jti", jwtId(claims)),
            Map.entry("iss", ISSUER),
            Map.entry("aud", AUDIENCE),
            Map.entry("sub", ada.id().toString()),
            Map.entry("iat", START.getEpochSecond()),
            Map.entry("exp", START.plus(IdTokenIssuer.LIFETIME).getEpochSecond()),
            Map.entry("tenantid", "t1"),
            Map.entry("org_id", "o1"),
            Map.entry("role", "admin"),
            Map.entry("email", "ada@example.com"),
            Map.entry("token_generation", 0L));
  }

  @Test
  void deletes_only_the_keys_retired_past_their_delay_and_keeps_signing_with_the_current_one() {
    store.add(OLDER);
    store.add(NEWER);
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);

    clock.advance(EmbeddedIssuer.RETIREMENT_DELAY.minusSeconds(31));
    assertThat(issuer.deleteRetiredKeys()).isZero(); // OLDER may still verify tokens

    clock.advance(Duration.ofSeconds(2));
    assertThat(issuer.deleteRetiredKeys()).isOne();
    assertThat(store.all()).containsExactly(NEWER);
    assertThat(issuer.verifier(SKEW).verify(issuer.mint(request())).subject()).isEqualTo("alice");
  }

  @Test
  void two_id_tokens_for_one_user_in_the_same_instant_differ() {
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);
    User ada = user();

    String first = issuer.issue(ada);
    String second = issuer.issue(ada);

    assertThat(second).isNotEqualTo(first);
    assertThat(jwtId(issuer.verifier(SKEW).verify(second).claims()))
        .isNotEqualTo(jwtId(issuer.verifier(SKEW).verify(first).claims()));
  }

  /** The token's random id: 16 bytes, base64url. */
  private static String jwtId(Map<String, Object> claims) {
    assertThat(claims.get("jti")).asString().matches("[A-Za-z0-9_-]{22}");
    return (String) claims.get("jti");
  }

  @Test
  void authenticates_the_user_it_issued_the_token_for() {
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);
    User ada = user();

    Caller caller =
        new AuthenticateService(issuer.verifier(SKEW))
            .authenticate(new AuthenticateUseCase.Query(issuer.issue(ada)));

    assertThat(caller).isEqualTo(new Caller(ada.id().toString(), ada.scope(), Role.ADMIN));
  }

  @Test
  void needs_an_issuer_and_an_audience() {
    assertThatThrownBy(() -> EmbeddedIssuer.open(store, " ", AUDIENCE, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmbeddedIssuer.open(store, ISSUER, "", clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.all()).as("no key made for an issuer that cannot start").isEmpty();
  }

  @Test
  void refuses_a_verifier_clock_skew_longer_than_retired_keys_are_kept() {
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);

    assertAccepted(issuer.verifier(ClockSkew.MAX), issuer.mint(request()));
    assertThatThrownBy(() -> issuer.verifier(ClockSkew.MAX.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signs_with_the_newest_stored_key() throws JoseException {
    store.add(OLDER);
    store.add(NEWER);

    String token = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock).mint(request());

    assertThat(JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue())
        .isEqualTo(NEWER.keyId());
  }

  @Test
  void minted_tokens_expire_after_their_ttl() {
    store.add(NEWER);
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);
    TokenVerifier verifier = issuer.verifier(SKEW);
    String token = issuer.mint(request("alice", Duration.ofHours(1)));

    clock.advance(Duration.ofHours(1).plus(SKEW).minusSeconds(1));
    assertAccepted(verifier, token);

    clock.advance(Duration.ofSeconds(1));
    assertRejected(verifier, token, "token expired");
  }

  @Test
  void its_verifier_requires_its_issuer_and_audience() {
    store.add(NEWER);
    String token = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock).mint(request());

    assertRejected(
        EmbeddedIssuer.open(store, "https://other.example", AUDIENCE, clock).verifier(SKEW),
        token,
        "wrong issuer");
    assertRejected(
        EmbeddedIssuer.open(store, ISSUER, "other-api", clock).verifier(SKEW),
        token,
        "wrong audience");
  }

  @Test
  void publishes_the_public_half_of_every_stored_key() throws JoseException {
    store.add(OLDER);
    store.add(NEWER);
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);

    String json = issuer.jwksJson();

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> keys =
        (List<Map<String, Object>>) JsonUtil.parseJson(json).get("keys");
    assertThat(keys)
        .extracting(key -> key.get("kid"))
        .containsExactlyInAnyOrder(OLDER.keyId(), NEWER.keyId());
    assertThat(keys)
        .allSatisfy(
            key ->
                assertThat(key)
                    .containsEntry("kty", "RSA")
                    .containsEntry("use", "sig")
                    .containsEntry("alg", "RS256")
                    .containsKeys("n", "e")
                    .doesNotContainKeys("d", "p", "q", "dp", "dq", "qi"));
  }

  @Test
  void its_jwks_verifies_its_tokens() throws JoseException {
    store.add(NEWER);
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);
    List<VerificationKey> published =
        new JsonWebKeySet(issuer.jwksJson())
            .getJsonWebKeys().stream()
                .map(RsaJsonWebKey.class::cast)
                .map(jwk -> new VerificationKey(jwk.getKeyId(), jwk.getRsaPublicKey()))
                .toList();
    TokenVerifier verifier =
        new Jose4jTokenVerifier(
            new VerificationKeys(published)::find, ISSUER, AUDIENCE, SKEW, clock);

    assertThat(verifier.verify(issuer.mint(request())).subject()).isEqualTo("alice");
  }

  @Test
  void describes_itself_in_an_open_id_configuration() throws JoseException {
    store.add(NEWER);
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);

    Map<String, Object> document =
        JsonUtil.parseJson(issuer.openIdConfigurationJson(ISSUER + "/.well-known/jwks.json"));

    assertThat(document)
        .containsEntry("issuer", ISSUER)
        .containsEntry("jwks_uri", ISSUER + "/.well-known/jwks.json")
        .containsEntry("id_token_signing_alg_values_supported", List.of("RS256"))
        .containsKeys("response_types_supported", "subject_types_supported");
    assertThat(document.get("claims_supported"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .contains("sub", "tenantid", "org_id", "role", "email");
  }

  @Test
  void picks_up_a_key_added_by_another_process_at_most_one_store_read_per_interval() {
    store.add(OLDER);
    TokenVerifier serverVerifier =
        EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock).verifier(SKEW);
    store.add(NEWER);
    String fromCli = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock).mint(request());
    int readsBefore = store.reads();

    assertRejected(serverVerifier, fromCli, "unknown signing key");
    assertRejected(
        serverVerifier,
        TestToken.validAt(START).header("kid", "bogus").build(),
        "unknown signing key");
    assertThat(store.reads()).isEqualTo(readsBefore);

    clock.advance(KeyRefreshPolicy.DEFAULT.minInterval());

    assertThat(serverVerifier.verify(fromCli).subject()).isEqualTo("alice");
    assertThat(store.reads()).isEqualTo(readsBefore + 1);
  }

  @Test
  void skips_an_unreadable_older_key() {
    store.add(new StoredSigningKey("damaged", "{\"kty\":\"RSA\"}", START.minusSeconds(90)));
    store.add(NEWER);
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock);

    assertAccepted(issuer.verifier(SKEW), issuer.mint(request()));
    assertThat(issuer.jwksJson()).doesNotContain("damaged");
  }

  @Test
  void refuses_to_open_when_the_newest_key_is_unreadable_without_quoting_it() {
    store.add(OLDER);
    store.add(new StoredSigningKey("damaged", "{\"kty\":\"RSA\",\"d\":\"s3cr3t\"}", START));

    assertThatThrownBy(() -> EmbeddedIssuer.open(store, ISSUER, AUDIENCE, clock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("damaged")
        .hasMessageNotContaining("s3cr3t")
        .hasNoCause();
  }

  private static User user() {
    return User.create(
        OrgScope.of("t1", "o1"), new Email("Ada@Example.com"), Role.ADMIN, "hash", START);
  }

  private static TokenRequest request() {
    return request("alice", Duration.ofMinutes(10));
  }

  private static TokenRequest request(String subject, Duration ttl) {
    return new TokenRequest(subject, "t1", "o1", "editor", ttl);
  }

  /** The in-memory store, counting reads. */
  private static final class CountingStore implements SigningKeyStore {
    private final InMemorySigningKeyStore keys = new InMemorySigningKeyStore();
    private final AtomicInteger reads = new AtomicInteger();

    int reads() {
      return reads.get();
    }

    @Override
    public List<StoredSigningKey> all() {
      reads.incrementAndGet();
      return keys.all();
    }

    @Override
    public void add(StoredSigningKey key) {
      keys.add(key);
    }

    @Override
    public boolean replaceMaterial(StoredSigningKey current, String material) {
      return keys.replaceMaterial(current, material);
    }

    @Override
    public int deleteReplacedBefore(Instant cutoff) {
      return keys.deleteReplacedBefore(cutoff);
    }
  }
}
