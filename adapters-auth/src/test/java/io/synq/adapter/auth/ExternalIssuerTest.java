package io.synq.adapter.auth;

import static io.synq.adapter.auth.Acceptances.assertAccepted;
import static io.synq.adapter.auth.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.synq.application.port.out.TokenVerifier;
import io.synq.application.testing.TestClock;
import io.synq.domain.DomainException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys from a JWKS URL: loaded in the background, cached, refetched on an unknown kid at most once
 * per 30 seconds, and never waited on for long when the issuer stalls.
 */
class ExternalIssuerTest {
  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Duration INTERVAL = KeyRefreshPolicy.DEFAULT.minInterval();
  private static final Duration MAX_AGE = KeyRefreshPolicy.DEFAULT.maxAge();

  /** Generous for an issuer that answers: a load on loopback ends long before. */
  private static final KeyRefreshPolicy PATIENT =
      new KeyRefreshPolicy(INTERVAL, MAX_AGE, Duration.ofSeconds(5));

  /** For an issuer that stalls: an unknown kid waits at most 200 ms. */
  private static final KeyRefreshPolicy BRIEF =
      new KeyRefreshPolicy(INTERVAL, MAX_AGE, Duration.ofMillis(200));

  /** What "at once" and "promptly" mean here: far less than a stalled fetch lasts. */
  private static final Duration PROMPTLY = Duration.ofSeconds(2);

  private final TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final JwksServer jwks = JwksServer.start();

  @AfterEach
  void stopServer() {
    jwks.close();
  }

  @Test
  void fetches_the_keys_at_start_up_and_verifies_with_them() {
    jwks.publish(TestKeys.PRIMARY);

    ExternalTokenVerifier verifier = verifier();
    Eventually.holds("keys loaded", verifier::keysLoaded);

    assertThat(jwks.requests()).isEqualTo(1);
    assertThat(verifier.verify(validToken(TestKeys.PRIMARY)).subject())
        .isEqualTo(TestToken.SUBJECT);
    assertThat(jwks.requests()).isEqualTo(1);
  }

  @Test
  void starts_while_the_issuer_is_down_and_recovers_later() {
    jwks.answer(503, "unavailable");

    ExternalTokenVerifier verifier = verifier();
    assertRejected(verifier, validToken(TestKeys.PRIMARY), "unknown signing key");
    assertThat(verifier.keysLoaded()).isFalse();

    jwks.publish(TestKeys.PRIMARY);
    clock.advance(INTERVAL);

    assertAccepted(verifier, validToken(TestKeys.PRIMARY));
    assertThat(verifier.keysLoaded()).isTrue();
  }

  @Test
  void starts_at_once_while_the_issuer_stalls_after_its_headers_and_loads_once_it_answers() {
    jwks.stallAfterHeaders();
    JwksLoader withADeadlineOf1s = new JwksLoader(jwks.uri(), Duration.ofSeconds(1));

    ExternalTokenVerifier verifier =
        assertTimeoutPreemptively(
            PROMPTLY,
            () ->
                ExternalIssuer.verifier(
                    withADeadlineOf1s, TestToken.ISSUER, TestToken.AUDIENCE, SKEW, clock, BRIEF));
    Eventually.holds("the first fetch is stuck", () -> jwks.holding() == 1);
    assertTimeoutPreemptively(
        PROMPTLY,
        () -> assertRejected(verifier, validToken(TestKeys.PRIMARY), "unknown signing key"));
    assertThat(verifier.keysLoaded()).as("ready").isFalse();

    jwks.publish(TestKeys.PRIMARY);
    clock.advance(INTERVAL);

    Eventually.holds("keys loaded once the stuck fetch has timed out", verifier::keysLoaded);
    assertThat(verifier.verify(validToken(TestKeys.PRIMARY)).subject())
        .isEqualTo(TestToken.SUBJECT);
  }

  @Test
  void
      keeps_verifying_known_keys_while_a_reload_is_stuck_and_stops_trusting_withdrawn_ones_after() {
    jwks.publish(TestKeys.PRIMARY, TestKeys.SECONDARY);
    ExternalTokenVerifier verifier = loadedVerifier(BRIEF);
    jwks.stallAfterHeaders();
    clock.advance(MAX_AGE);

    assertTimeoutPreemptively(
        PROMPTLY, () -> verifier.verify(validToken(TestKeys.PRIMARY)), "starts the reload");
    Eventually.holds("the reload is stuck", () -> jwks.holding() == 1);
    assertTimeoutPreemptively(
        PROMPTLY, () -> verifier.verify(validToken(TestKeys.SECONDARY)), "a known kid");
    assertTimeoutPreemptively(
        PROMPTLY,
        () -> assertRejected(verifier, validToken(TestKeys.ATTACKER), "unknown signing key"));
    assertThat(jwks.holding()).as("still stuck: the default deadline is 5 s").isEqualTo(1);

    jwks.publish(TestKeys.SECONDARY);
    jwks.release();
    clock.advance(INTERVAL);

    Eventually.holds(
        "the withdrawn key is no longer trusted",
        () -> !accepts(verifier, validToken(TestKeys.PRIMARY)));
    assertAccepted(verifier, validToken(TestKeys.SECONDARY));
  }

  @Test
  void picks_up_a_rotated_key_within_the_refetch_interval() {
    jwks.publish(TestKeys.PRIMARY);
    TokenVerifier verifier = loadedVerifier(PATIENT);
    jwks.publish(TestKeys.SECONDARY);

    assertRejected(verifier, validToken(TestKeys.SECONDARY), "unknown signing key");
    clock.advance(INTERVAL);

    assertAccepted(verifier, validToken(TestKeys.SECONDARY));
    assertThat(jwks.requests()).isEqualTo(2);
  }

  @Test
  void a_storm_of_bogus_kids_fetches_at_most_once_per_interval_and_locks_nobody_out()
      throws Exception {
    jwks.publish(TestKeys.PRIMARY);
    TokenVerifier verifier = loadedVerifier(PATIENT);
    clock.advance(INTERVAL);
    String valid = validToken(TestKeys.PRIMARY);
    List<String> bogus =
        IntStream.range(0, 20)
            .mapToObj(i -> TestToken.validAt(clock.instant()).header("kid", "bogus-" + i).build())
            .toList();

    assertThat(storm(verifier, valid, bogus)).as("valid tokens verified").isEqualTo(100);
    assertThat(jwks.requests()).isEqualTo(2);

    clock.advance(INTERVAL.minusSeconds(1));
    storm(verifier, valid, bogus);
    assertThat(jwks.requests()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(1));
    storm(verifier, valid, bogus);
    assertThat(jwks.requests()).isEqualTo(3);
  }

  @Test
  void keeps_verifying_with_cached_keys_while_the_endpoint_is_down() {
    jwks.publish(TestKeys.PRIMARY);
    TokenVerifier verifier = loadedVerifier(PATIENT);
    jwks.close();

    clock.advance(KeyRefreshPolicy.DEFAULT.maxAge().multipliedBy(2));

    assertRejected(verifier, validToken(TestKeys.SECONDARY), "unknown signing key");
    assertAccepted(verifier, validToken(TestKeys.PRIMARY));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{not json",
        "<html>oops</html>",
        "{\"keys\": \"none\"}",
        "{\"no_keys\": []}",
        "{\"keys\": []}",
        "{\"keys\": [{\"kty\": \"RSA\", \"n\": \"AQAB\"}]}"
      })
  void keeps_the_cached_keys_when_the_endpoint_serves_no_usable_jwks(String document) {
    assertCachedKeysSurvive(document);
  }

  @Test
  void keeps_the_cached_keys_when_the_endpoint_serves_an_oversized_document() {
    String bothKeys =
        new JsonWebKeySet(TestKeys.PRIMARY, TestKeys.SECONDARY)
            .toJson(OutputControlLevel.PUBLIC_ONLY);

    assertCachedKeysSurvive(
        "{\"padding\": \"" + "x".repeat(600_000) + "\", " + bothKeys.substring(1));
  }

  @Test
  void takes_only_rsa_signing_keys_for_rs256_of_2048_bits_or_more() throws JoseException {
    jwks.publish(
        copy(TestKeys.PRIMARY, null, null),
        copy(TestKeys.SECONDARY, Use.ENCRYPTION, null),
        copy(TestKeys.ATTACKER, Use.SIGNATURE, AlgorithmIdentifiers.RSA_USING_SHA512),
        copy(TestKeys.WEAK, Use.SIGNATURE, AlgorithmIdentifiers.RSA_USING_SHA256),
        TestKeys.EC);

    TokenVerifier verifier = loadedVerifier(PATIENT);

    assertAccepted(verifier, validToken(TestKeys.PRIMARY));
    for (RsaJsonWebKey unusable : List.of(TestKeys.SECONDARY, TestKeys.ATTACKER, TestKeys.WEAK)) {
      assertRejected(verifier, validToken(unusable), "unknown signing key");
    }
  }

  @Test
  void refuses_a_jwks_uri_that_is_not_http() {
    assertThatThrownBy(
            () ->
                ExternalIssuer.verifier(
                    URI.create("file:///etc/jwks.json"),
                    TestToken.ISSUER,
                    TestToken.AUDIENCE,
                    SKEW,
                    clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void assertCachedKeysSurvive(String document) {
    jwks.publish(TestKeys.PRIMARY);
    TokenVerifier verifier = loadedVerifier(PATIENT);
    jwks.answer(200, document);
    clock.advance(INTERVAL);

    assertRejected(verifier, validToken(TestKeys.SECONDARY), "unknown signing key");

    assertThat(jwks.requests()).isEqualTo(2);
    assertAccepted(verifier, validToken(TestKeys.PRIMARY));
  }

  /** As the server builds it, with the default fetch deadline (5 s). */
  private ExternalTokenVerifier verifier(KeyRefreshPolicy policy) {
    return ExternalIssuer.verifier(
        jwks.uri(), TestToken.ISSUER, TestToken.AUDIENCE, SKEW, clock, policy);
  }

  private ExternalTokenVerifier verifier() {
    return verifier(PATIENT);
  }

  private ExternalTokenVerifier loadedVerifier(KeyRefreshPolicy policy) {
    ExternalTokenVerifier verifier = verifier(policy);
    Eventually.holds("keys loaded", verifier::keysLoaded);
    return verifier;
  }

  private String validToken(RsaJsonWebKey key) {
    return TestToken.validAt(clock.instant()).signedWith(key).build();
  }

  /** Verifies 5 rounds of the valid token and every bogus one on 8 threads; counts successes. */
  private static int storm(TokenVerifier verifier, String valid, List<String> bogus)
      throws Exception {
    List<Callable<Boolean>> calls = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      for (String token : bogus) {
        calls.add(() -> accepts(verifier, token));
        calls.add(() -> accepts(verifier, valid));
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      int accepted = 0;
      for (Future<Boolean> result : threads.invokeAll(calls)) {
        accepted += result.get() ? 1 : 0;
      }
      return accepted;
    } finally {
      threads.shutdownNow();
    }
  }

  private static boolean accepts(TokenVerifier verifier, String token) {
    try {
      verifier.verify(token);
      return true;
    } catch (DomainException e) {
      return false;
    }
  }

  private static PublicJsonWebKey copy(RsaJsonWebKey key, String use, String algorithm)
      throws JoseException {
    PublicJsonWebKey copy = PublicJsonWebKey.Factory.newPublicJwk(key.getPublicKey());
    copy.setKeyId(key.getKeyId());
    copy.setUse(use);
    copy.setAlgorithm(algorithm);
    return copy;
  }
}
