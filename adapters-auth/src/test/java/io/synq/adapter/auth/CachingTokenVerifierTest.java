package io.synq.adapter.auth;

import static io.synq.adapter.auth.Acceptances.assertAccepted;
import static io.synq.adapter.auth.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import io.synq.application.service.AuthenticateService;
import io.synq.application.testing.InMemorySigningKeyStore;
import io.synq.application.testing.TestClock;
import io.synq.domain.DomainException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache: a token seen again is not verified again, yet is served only while it
 * would still verify, by the clock and by the keys trusted now; failures are never kept.
 */
class CachingTokenVerifierTest {
  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  /**
   * Reloads keys sooner than {@link #LIFETIME}, so that a token outlives the keys it was cached
   * with.
   */
  private static final KeyRefreshPolicy POLICY =
      new KeyRefreshPolicy(Duration.ofSeconds(30), Duration.ofMinutes(2));

  private final TestClock clock = new TestClock(START);
  private final AtomicReference<VerificationKeys> trusted =
      new AtomicReference<>(keys(TestKeys.PRIMARY, TestKeys.SECONDARY));
  private final SwappableKeys keys = new SwappableKeys();
  private final Jose4jTokenVerifier plain = jose4j(keys);
  private final AtomicInteger verifications = new AtomicInteger();

  @Test
  void verifies_a_given_token_in_full_only_once() {
    String token = validToken();
    VerifiedToken expected = plain.verify(token);
    TokenVerifier cached = cached(10);

    VerifiedToken first = cached.verify(token);
    int keysResolved = keys.finds.get();
    VerifiedToken second = cached.verify(token);

    assertThat(first).isEqualTo(expected);
    assertThat(second).isEqualTo(expected);
    assertThat(verifications).hasValue(1);
    assertThat(keys.finds).as("no key resolved for the hit").hasValue(keysResolved);
  }

  @Test
  void verifies_a_different_token_in_full_even_with_the_same_claims() {
    TokenVerifier cached = cached(10);
    cached.verify(validToken());

    VerifiedToken other =
        cached.verify(TestToken.validAt(clock.instant()).header("typ", "JWT").build());
    cached.verify(TestToken.validAt(clock.instant()).signedWith(TestKeys.SECONDARY).build());

    assertThat(other.subject()).isEqualTo(TestToken.SUBJECT);
    assertThat(verifications).hasValue(3);
  }

  @Test
  void rejects_a_token_that_shares_all_but_its_signature_with_a_cached_one() {
    String token = validToken();
    TokenVerifier cached = cached(10);
    cached.verify(token);
    int middleOfTheSignature = token.length() - 100;
    char replaced = token.charAt(middleOfTheSignature) == 'A' ? 'B' : 'A';
    String forged =
        token.substring(0, middleOfTheSignature)
            + replaced
            + token.substring(middleOfTheSignature + 1);

    assertRejected(cached, forged, "bad signature");
    assertThat(verifications).hasValue(2);
  }

  @Test
  void stops_serving_a_token_once_its_expiry_and_the_skew_have_passed() {
    String token = validToken();
    CachingTokenVerifier cached = cached(10);
    cached.verify(token);

    clock.advance(LIFETIME.plus(SKEW).minusSeconds(1));
    assertThat(cached.verify(token).subject()).isEqualTo(TestToken.SUBJECT);
    assertThat(verifications).as("served from the cache").hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    assertRejected(plain, token, "token expired");
    assertRejected(cached, token, "token expired");
    assertThat(cached.size()).as("the expired entry has left").isZero();
  }

  @Test
  void lets_an_expired_entry_leave_the_cache_without_being_asked_for() {
    CachingTokenVerifier cached = cached(10);
    cached.verify(validToken());

    clock.advance(LIFETIME.plus(SKEW));

    assertThat(cached.size()).isZero();
  }

  @Test
  void does_not_serve_a_token_whose_not_before_is_still_ahead_when_the_clock_steps_back() {
    String token =
        TestToken.validAt(clock.instant()).notBefore(clock.instant().plusSeconds(20)).build();
    TokenVerifier cached = cached(10);
    cached.verify(token);

    clock.advance(Duration.ofSeconds(-11));

    assertRejected(plain, token, "token not yet valid");
    assertRejected(cached, token, "token not yet valid");
  }

  @Test
  void does_not_serve_a_token_issued_ahead_of_the_clock_when_the_clock_steps_back() {
    String token = validToken();
    TokenVerifier cached = cached(10);
    cached.verify(token);

    clock.advance(SKEW.plusSeconds(1).negated());

    assertRejected(plain, token, "token issued in the future");
    assertRejected(cached, token, "token issued in the future");
  }

  @Test
  void stops_serving_a_token_whose_key_is_no_longer_trusted() {
    String token = validToken();
    TokenVerifier cached = cached(10);
    cached.verify(token);

    trusted.set(keys(TestKeys.SECONDARY));

    assertRejected(cached, token, "unknown signing key");
    assertThat(verifications).as("verified in full again").hasValue(2);
  }

  @Test
  void stops_serving_a_token_whose_key_id_now_names_another_key() {
    String token = validToken();
    TokenVerifier cached = cached(10);
    cached.verify(token);

    trusted.set(
        new VerificationKeys(
            List.of(new VerificationKey("primary", TestKeys.ATTACKER.getRsaPublicKey()))));

    assertRejected(cached, token, "bad signature");
  }

  @Test
  void stops_serving_a_token_without_a_key_id_once_the_source_holds_two_keys() {
    trusted.set(keys(TestKeys.PRIMARY));
    String token = TestToken.validAt(clock.instant()).withoutKeyId().build();
    TokenVerifier cached = cached(10);
    cached.verify(token);

    trusted.set(keys(TestKeys.PRIMARY, TestKeys.SECONDARY));

    assertRejected(cached, token, "unknown signing key");
  }

  @Test
  void rejects_a_cached_token_whose_key_left_the_jwks_once_the_keys_are_reloaded()
      throws Exception {
    try (JwksServer jwks = JwksServer.start()) {
      jwks.publish(TestKeys.PRIMARY, TestKeys.SECONDARY);
      JwksLoader loader = new JwksLoader(jwks.uri());
      CachedKeys<VerificationKeys> fromTheJwks =
          CachedKeys.startingWith(loader.load(), loader, POLICY, clock);
      TokenVerifier cached =
          new CachingTokenVerifier(
              counted(jose4j(fromTheJwks)), fromTheJwks, clock, new TokenCacheSize(10));
      String token = validToken();
      cached.verify(token);
      jwks.publish(TestKeys.SECONDARY);

      clock.advance(POLICY.maxAge().minusSeconds(1));
      assertAccepted(cached, token); // still within the key set's age, as without a cache
      assertThat(jwks.requests()).isEqualTo(1);

      clock.advance(Duration.ofSeconds(1));
      assertRejected(cached, token, "unknown signing key");
      assertThat(jwks.requests()).isEqualTo(2);
      assertAccepted(cached, validToken(TestKeys.SECONDARY));
    }
  }

  @Test
  void rejects_a_cached_token_of_a_retired_embedded_key_once_its_grace_ends() {
    SigningKeyStore store = new InMemorySigningKeyStore();
    EmbeddedIssuer issuer = EmbeddedIssuer.open(store, TestToken.ISSUER, TestToken.AUDIENCE, clock);
    RsaJsonWebKey replaced = SigningKeyMaterial.parse(store.all().get(0));
    clock.advance(Duration.ofSeconds(1));
    Instant retiredAt = clock.instant().plus(EmbeddedIssuer.RETIREMENT_DELAY);
    issuer.rotate();
    StoredKeysLoader loader =
        new StoredKeysLoader(
            store, SigningKeyCipher.with(Optional.empty()), EmbeddedIssuer.RETIREMENT_DELAY, clock);
    CachedKeys<KeyRing> ring =
        CachedKeys.startingWith(loader.load(), loader, KeyRefreshPolicy.DEFAULT, clock);
    TokenVerifier cached =
        new CachingTokenVerifier(counted(jose4j(ring)), ring, clock, new TokenCacheSize(10));
    clock.advance(Duration.between(clock.instant(), retiredAt).minusMinutes(2));
    String token = validToken(replaced);
    cached.verify(token);

    clock.advance(Duration.ofMinutes(2).minusSeconds(1));
    assertAccepted(cached, token);
    assertThat(verifications).as("served from the cache").hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    assertRejected(jose4j(ring), token, "unknown signing key");
    assertRejected(cached, token, "unknown signing key");
  }

  @Test
  void never_keeps_a_rejection() {
    TokenVerifier cached = cached(10);
    String token = TestToken.validAt(clock.instant()).signedWith(TestKeys.ATTACKER).build();

    assertRejected(cached, token, "unknown signing key");
    trusted.set(keys(TestKeys.ATTACKER));

    assertThat(cached.verify(token).subject()).isEqualTo(TestToken.SUBJECT);
    assertThat(verifications).hasValue(2);
  }

  @Test
  void verifies_a_rejected_token_in_full_every_time() {
    CachingTokenVerifier cached = cached(10);
    String expired = TestToken.validAt(clock.instant().minus(Duration.ofHours(1))).build();

    assertRejected(cached, expired, "token expired");
    assertRejected(cached, expired, "token expired");

    assertThat(verifications).hasValue(2);
    assertThat(cached.size()).isZero();
  }

  @Test
  void rejects_a_missing_token_as_without_a_cache() {
    assertRejected(cached(10), null, "empty token");
  }

  @Test
  void keeps_no_more_tokens_than_its_size_and_verifies_evicted_ones_again() {
    CachingTokenVerifier cached = cached(3);
    List<String> tokens = IntStream.range(0, 10).mapToObj(this::tokenFor).toList();

    tokens.forEach(cached::verify);
    assertThat(cached.size()).isEqualTo(3);

    for (int i = 0; i < tokens.size(); i++) {
      assertThat(cached.verify(tokens.get(i)).subject()).isEqualTo("user-" + i);
    }
    assertThat(verifications.get()).isGreaterThanOrEqualTo(10 + 7);
    assertThat(cached.size()).isEqualTo(3);
  }

  @Test
  void counts_a_token_once_per_started_kibibyte_of_its_length() {
    assertThat(TokenCacheSize.weight("x".repeat(1))).isEqualTo(1);
    assertThat(TokenCacheSize.weight("x".repeat(1024))).isEqualTo(1);
    assertThat(TokenCacheSize.weight("x".repeat(1025))).isEqualTo(2);
    assertThat(TokenCacheSize.weight("x".repeat(TokenShape.MAX_LENGTH))).isEqualTo(8);
  }

  @Test
  void keeps_no_token_longer_than_its_size_allows() {
    CachingTokenVerifier cached = cached(2);
    String long2k = TestToken.validAt(clock.instant()).claim("pad", "x".repeat(2000)).build();
    assertThat(TokenCacheSize.weight(long2k)).isGreaterThan(2);

    cached.verify(long2k);
    cached.verify(long2k);

    assertThat(cached.size()).isZero();
    assertThat(verifications).hasValue(2);
  }

  @Test
  void verifies_one_token_once_or_a_few_times_under_a_thousand_concurrent_requests()
      throws Exception {
    String token = validToken();
    VerifiedToken expected = plain.verify(token);
    CountDownLatch allArrived = new CountDownLatch(1000);
    FullVerifier heldUntilAllArrive =
        t -> {
          awaitAtMostTenSeconds(allArrived);
          return plain.verification(t);
        };
    TokenVerifier cached =
        new CachingTokenVerifier(counted(heldUntilAllArrive), keys, clock, new TokenCacheSize(10));

    List<VerifiedToken> results =
        concurrently(
            1000,
            i -> {
              allArrived.countDown();
              return cached.verify(token);
            });

    assertThat(results).hasSize(1000).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    assertThat(verifications.get()).isBetween(1, 10);
  }

  @Test
  void gives_each_of_many_concurrent_tokens_its_own_claims() throws Exception {
    List<String> tokens = IntStream.range(0, 50).mapToObj(this::tokenFor).toList();
    TokenVerifier cached = cached(100);

    List<VerifiedToken> results = concurrently(1000, i -> cached.verify(tokens.get(i % 50)));

    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i).subject()).isEqualTo("user-" + (i % 50));
    }
  }

  @Test
  void shares_a_rejection_with_concurrent_requests_for_the_same_token_without_keeping_it()
      throws Exception {
    String forged = TestToken.validAt(clock.instant()).signedWith(TestKeys.ATTACKER).build();
    TokenVerifier cached = cached(10);

    List<String> outcomes =
        concurrently(
            200,
            i -> {
              try {
                cached.verify(forged);
                return "accepted";
              } catch (DomainException e) {
                return e.kind() + ": " + e.getMessage();
              }
            });

    assertThat(outcomes).containsOnly("UNAUTHENTICATED: unknown signing key");
    int concurrentVerifications = verifications.get();
    assertRejected(cached, forged, "unknown signing key");
    assertThat(verifications).hasValue(concurrentVerifications + 1);
  }

  @Test
  void leaves_the_claim_checks_to_every_request() {
    String withoutTenant = TestToken.validAt(clock.instant()).withoutClaim("tenantid").build();
    AuthenticateService authenticate = new AuthenticateService(cached(10));

    for (int request = 0; request < 2; request++) {
      assertThatThrownBy(
              () -> authenticate.authenticate(new AuthenticateUseCase.Query(withoutTenant)))
          .isInstanceOf(DomainException.class)
          .extracting(e -> ((DomainException) e).kind())
          .isEqualTo(DomainException.Kind.FORBIDDEN);
    }
    assertThat(verifications).as("the token itself was verified once").hasValue(1);
  }

  @Test
  void a_size_of_zero_means_the_verifier_itself() {
    assertThat(CachingTokenVerifier.around(plain, keys, clock, TokenCacheSize.NONE))
        .isSameAs(plain);
    assertThat(CachingTokenVerifier.around(plain, keys, clock, TokenCacheSize.defaultForThisHeap()))
        .isInstanceOf(CachingTokenVerifier.class);
    assertThatThrownBy(() -> new TokenCacheSize(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_embedded_issuer_caches_by_default_and_not_with_a_size_of_zero() {
    EmbeddedIssuer issuer =
        EmbeddedIssuer.open(
            new InMemorySigningKeyStore(), TestToken.ISSUER, TestToken.AUDIENCE, clock);

    assertThat(issuer.verifier(SKEW)).isInstanceOf(CachingTokenVerifier.class);
    assertThat(issuer.verifier(SKEW, TokenCacheSize.NONE)).isInstanceOf(Jose4jTokenVerifier.class);
  }

  private CachingTokenVerifier cached(int size) {
    return new CachingTokenVerifier(counted(plain), keys, clock, new TokenCacheSize(size));
  }

  private FullVerifier counted(FullVerifier verifier) {
    return token -> {
      verifications.incrementAndGet();
      return verifier.verification(token);
    };
  }

  private Jose4jTokenVerifier jose4j(KeySource source) {
    return new Jose4jTokenVerifier(source, TestToken.ISSUER, TestToken.AUDIENCE, SKEW, clock);
  }

  private String validToken() {
    return validToken(TestKeys.PRIMARY);
  }

  private String validToken(RsaJsonWebKey key) {
    return TestToken.validAt(clock.instant()).signedWith(key).build();
  }

  private String tokenFor(int user) {
    return TestToken.validAt(clock.instant()).claim("sub", "user-" + user).build();
  }

  private static VerificationKeys keys(RsaJsonWebKey... keys) {
    return new VerificationKeys(
        Arrays.stream(keys)
            .map(key -> new VerificationKey(key.getKeyId(), key.getRsaPublicKey()))
            .toList());
  }

  /** A full verification that lasts until every caller is in: all of them miss the cache. */
  private static void awaitAtMostTenSeconds(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as("every caller arrived").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private interface Call<T> {
    T call(int index) throws Exception;
  }

  /** Runs the calls on as many threads, all released at once; their results in call order. */
  private static <T> List<T> concurrently(int calls, Call<T> call) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int index = i;
        Callable<T> task =
            () -> {
              start.await();
              return call.call(index);
            };
        futures.add(threads.submit(task));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  /** The keys trusted now, which a test swaps; counts the keys resolved for full verifications. */
  private final class SwappableKeys implements KeySource {
    final AtomicInteger finds = new AtomicInteger();

    @Override
    public Optional<RSAPublicKey> find(String keyId) {
      finds.incrementAndGet();
      return trusted.get().find(keyId);
    }

    @Override
    public boolean trusts(String keyId, RSAPublicKey key) {
      return trusted.get().trusts(keyId, key);
    }
  }
}
