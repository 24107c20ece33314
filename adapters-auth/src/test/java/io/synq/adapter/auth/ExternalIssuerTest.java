package io.synq.adapter.auth;

import static io.synq.adapter.auth.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** Keys from a JWKS URL: cached, refetched on an unknown kid at most once per 30 seconds. */
class ExternalIssuerTest {
  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Duration INTERVAL = KeyRefreshPolicy.DEFAULT.minInterval();

  private final TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final JwksServer jwks = JwksServer.start();

  @AfterEach
  void stopServer() {
    jwks.close();
  }

  @Test
  void fetchesTheKeysAtStartUpAndVerifiesWithThem() {
    jwks.publish(TestKeys.PRIMARY);

    TokenVerifier verifier = verifier();

    assertThat(jwks.requests()).isEqualTo(1);
    assertThat(verifier.verify(validToken(TestKeys.PRIMARY)).subject())
        .isEqualTo(TestToken.SUBJECT);
    assertThat(jwks.requests()).isEqualTo(1);
  }

  @Test
  void startsWhileTheIssuerIsDownAndRecoversLater() {
    jwks.answer(503, "unavailable");

    TokenVerifier verifier = verifier();
    assertRejected(verifier, validToken(TestKeys.PRIMARY), "unknown signing key");

    jwks.publish(TestKeys.PRIMARY);
    clock.advance(INTERVAL);

    assertThat(verifier.verify(validToken(TestKeys.PRIMARY))).isNotNull();
  }

  @Test
  void picksUpARotatedKeyWithinTheRefetchInterval() {
    jwks.publish(TestKeys.PRIMARY);
    TokenVerifier verifier = verifier();
    jwks.publish(TestKeys.SECONDARY);

    assertRejected(verifier, validToken(TestKeys.SECONDARY), "unknown signing key");
    clock.advance(INTERVAL);

    assertThat(verifier.verify(validToken(TestKeys.SECONDARY))).isNotNull();
    assertThat(jwks.requests()).isEqualTo(2);
  }

  @Test
  void aStormOfBogusKidsFetchesAtMostOncePerIntervalAndLocksNobodyOut() throws Exception {
    jwks.publish(TestKeys.PRIMARY);
    TokenVerifier verifier = verifier();
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
  void keepsVerifyingWithCachedKeysWhileTheEndpointIsDown() {
    jwks.publish(TestKeys.PRIMARY);
    TokenVerifier verifier = verifier();
    jwks.close();

    clock.advance(KeyRefreshPolicy.DEFAULT.maxAge().multipliedBy(2));

    assertRejected(verifier, validToken(TestKeys.SECONDARY), "unknown signing key");
    assertThat(verifier.verify(validToken(TestKeys.PRIMARY))).isNotNull();
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
  void keepsTheCachedKeysWhenTheEndpointServesNoUsableJwks(String document) {
    assertCachedKeysSurvive(document);
  }

  @Test
  void keepsTheCachedKeysWhenTheEndpointServesAnOversizedDocument() {
    String bothKeys =
        new JsonWebKeySet(TestKeys.PRIMARY, TestKeys.SECONDARY)
            .toJson(OutputControlLevel.PUBLIC_ONLY);

    assertCachedKeysSurvive(
        "{\"padding\": \"" + "x".repeat(600_000) + "\", " + bothKeys.substring(1));
  }

  @Test
  void takesOnlyRsaSigningKeysForRs256Of2048BitsOrMore() throws JoseException {
    jwks.publish(
        copy(TestKeys.PRIMARY, null, null),
        copy(TestKeys.SECONDARY, Use.ENCRYPTION, null),
        copy(TestKeys.ATTACKER, Use.SIGNATURE, AlgorithmIdentifiers.RSA_USING_SHA512),
        copy(TestKeys.WEAK, Use.SIGNATURE, AlgorithmIdentifiers.RSA_USING_SHA256),
        TestKeys.EC);

    TokenVerifier verifier = verifier();

    assertThat(verifier.verify(validToken(TestKeys.PRIMARY))).isNotNull();
    for (RsaJsonWebKey unusable : List.of(TestKeys.SECONDARY, TestKeys.ATTACKER, TestKeys.WEAK)) {
      assertRejected(verifier, validToken(unusable), "unknown signing key");
    }
  }

  @Test
  void refusesAJwksUriThatIsNotHttp() {
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
    TokenVerifier verifier = verifier();
    jwks.answer(200, document);
    clock.advance(INTERVAL);

    assertRejected(verifier, validToken(TestKeys.SECONDARY), "unknown signing key");

    assertThat(jwks.requests()).isEqualTo(2);
    assertThat(verifier.verify(validToken(TestKeys.PRIMARY))).isNotNull();
  }

  private TokenVerifier verifier() {
    return ExternalIssuer.verifier(jwks.uri(), TestToken.ISSUER, TestToken.AUDIENCE, SKEW, clock);
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
