package io.synq.adapter.auth;

import static io.synq.adapter.auth.Acceptances.assertAccepted;
import static io.synq.adapter.auth.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.testing.InMemorySigningKeyStore;
import io.synq.application.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * {@code keys rotate}: a server and the CLI share one store, and each test plays one rotation from
 * the CLI while the server keeps running.
 */
class SigningKeyRotationTest {
  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Duration MAX_AGE = KeyRefreshPolicy.DEFAULT.maxAge();
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  private final TestClock clock = new TestClock(START);
  private final SigningKeyStore store = new InMemorySigningKeyStore();
  private final EmbeddedIssuer server = open();
  private final String firstKey = keyId(server.mint(request()));

  @Test
  void the_rotating_process_signs_with_the_new_key_at_once() {
    EmbeddedIssuer cli = open();
    clock.advance(Duration.ofSeconds(1));

    String newKey = cli.rotate();

    assertThat(newKey).isNotEqualTo(firstKey);
    assertThat(store.all()).extracting(StoredSigningKey::keyId).containsExactly(newKey, firstKey);
    assertThat(keyId(cli.mint(request()))).isEqualTo(newKey);
    assertThat(publishedKeyIds(cli)).containsExactlyInAnyOrder(newKey, firstKey);
  }

  @Test
  void tokens_signed_before_the_rotation_still_verify_in_every_process() {
    String token = server.mint(request());
    EmbeddedIssuer cli = open();
    clock.advance(Duration.ofSeconds(1));
    cli.rotate();
    EmbeddedIssuer startedAfterwards = open();

    clock.advance(TokenRequest.MAX_TTL.minusSeconds(1));

    for (EmbeddedIssuer process : List.of(server, cli, startedAfterwards)) {
      assertThat(process.verifier(SKEW).verify(token).subject()).isEqualTo(TestToken.SUBJECT);
    }
  }

  @Test
  void a_running_server_signs_with_the_rotated_key_once_its_keys_reach_the_maximum_age() {
    clock.advance(Duration.ofSeconds(1));
    String newKey = open().rotate();

    clock.advance(MAX_AGE.minusSeconds(2));
    assertThat(keyId(server.mint(request()))).isEqualTo(firstKey);

    clock.advance(Duration.ofSeconds(1));
    assertThat(keyId(server.mint(request()))).isEqualTo(newKey);
  }

  @Test
  void a_running_server_signs_with_the_rotated_key_as_soon_as_a_token_names_it() {
    EmbeddedIssuer cli = open();
    clock.advance(KeyRefreshPolicy.DEFAULT.minInterval());
    String newKey = cli.rotate();

    server.verifier(SKEW).verify(cli.mint(request()));

    assertThat(keyId(server.mint(request()))).isEqualTo(newKey);
  }

  @Test
  void a_replaced_key_is_trusted_and_published_until_every_token_it_signed_has_expired() {
    RsaJsonWebKey replaced = SigningKeyMaterial.parse(store.all().get(0));
    EmbeddedIssuer cli = open();
    clock.advance(Duration.ofSeconds(1));
    Instant rotatedAt = clock.instant();
    String newKey = cli.rotate();
    clock.advance(MAX_AGE.minusSeconds(2));
    String signedByAServerThatHasNotReloadedYet = server.mint(request());
    assertThat(keyId(signedByAServerThatHasNotReloadedYet)).isEqualTo(firstKey);

    clock.advance(TokenRequest.MAX_TTL.plus(SKEW).minusSeconds(1));
    assertAccepted(cli.verifier(SKEW), signedByAServerThatHasNotReloadedYet);

    Instant retiredAt = rotatedAt.plus(EmbeddedIssuer.RETIREMENT_DELAY);
    clock.advance(Duration.between(clock.instant(), retiredAt).minusSeconds(1));
    for (EmbeddedIssuer process : List.of(server, cli)) {
      assertAccepted(process.verifier(SKEW), signedNowWith(replaced));
      assertThat(publishedKeyIds(process)).containsExactlyInAnyOrder(newKey, firstKey);
    }

    clock.advance(Duration.ofSeconds(1));
    for (EmbeddedIssuer process : List.of(server, cli)) {
      assertRejected(process.verifier(SKEW), signedNowWith(replaced), "unknown signing key");
      assertThat(publishedKeyIds(process)).containsExactly(newKey);
    }
  }

  @Test
  void a_key_retires_after_the_key_that_replaced_it_not_after_the_newest() {
    RsaJsonWebKey first = SigningKeyMaterial.parse(store.all().get(0));
    clock.advance(Duration.ofHours(1));
    Instant secondCreatedAt = clock.instant();
    String second = server.rotate();
    clock.advance(Duration.ofHours(1));
    String third = server.rotate();

    clock.advance(
        Duration.between(clock.instant(), secondCreatedAt.plus(EmbeddedIssuer.RETIREMENT_DELAY)));

    TokenVerifier verifier = server.verifier(SKEW);
    assertRejected(verifier, signedNowWith(first), "unknown signing key");
    assertThat(publishedKeyIds(server)).containsExactlyInAnyOrder(third, second);
  }

  private EmbeddedIssuer open() {
    return EmbeddedIssuer.open(store, TestToken.ISSUER, TestToken.AUDIENCE, clock);
  }

  private String signedNowWith(RsaJsonWebKey key) {
    return TestToken.validAt(clock.instant()).signedWith(key).build();
  }

  private static TokenRequest request() {
    return new TokenRequest(TestToken.SUBJECT, "t1", "o1", "viewer", TokenRequest.MAX_TTL);
  }

  private static String keyId(String token) {
    try {
      return JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Object> publishedKeyIds(EmbeddedIssuer issuer) {
    try {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> keys =
          (List<Map<String, Object>>) JsonUtil.parseJson(issuer.jwksJson()).get("keys");
      return keys.stream().map(key -> key.get("kid")).toList();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
