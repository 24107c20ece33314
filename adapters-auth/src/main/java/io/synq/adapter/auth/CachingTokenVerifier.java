package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the tokens that verified, on Caffeine, bounded by {@link TokenCacheSize}, keyed by the
 * whole token string: a token seen again is a lookup instead of an RSA verification.
 *
 * <p>A remembered token is served only while it would still verify: on every hit its times are
 * judged again by the clock, as jose4j judges them ({@code exp} plus the skew, and {@code nbf} and
 * {@code iat} less the skew), and the key that verified it, its id and its very modulus and
 * exponent, must still be trusted by the {@link KeySource} (a look at the keys in hand, no load).
 * Otherwise the token is forgotten and verified in full again, which rejects it exactly as it would
 * have been without a cache. An entry also leaves the cache when its {@code exp} plus skew passes.
 *
 * <p>Only successes are remembered. A miss costs one lookup before the full verification; while it
 * runs, other requests with the same token wait for its result instead of verifying it too, and
 * nothing else waits on it.
 */
final class CachingTokenVerifier implements TokenVerifier {
  private final FullVerifier verifier;
  private final KeySource keys;
  private final Clock clock;
  private final Cache<String, Verification> verified;
  private final ConcurrentMap<String, CompletableFuture<Verification>> verifying =
      new ConcurrentHashMap<>();

  /**
   * @param keys the source {@code verifier} takes its keys from
   * @param clock the clock {@code verifier} judges times by
   */
  CachingTokenVerifier(FullVerifier verifier, KeySource keys, Clock clock, TokenCacheSize size) {
    this.verifier = requireNonNull(verifier, "verifier");
    this.keys = requireNonNull(keys, "keys");
    this.clock = requireNonNull(clock, "clock");
    if (size.tokens() == 0) {
      throw new IllegalArgumentException("a cache of no tokens: use the verifier itself");
    }
    this.verified =
        Caffeine.newBuilder()
            .maximumWeight(size.tokens())
            .weigher((String token, Verification v) -> TokenCacheSize.weight(token))
            .expireAfter(
                Expiry.creating(
                    (String token, Verification v) ->
                        Duration.between(clock.instant(), Instant.ofEpochSecond(v.untilSecond()))))
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            // Eviction and expiry on the calling thread: no pool of threads of our own to size.
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  /** The verifier with a cache of this size in front of it, or the verifier itself for size 0. */
  static TokenVerifier around(
      Jose4jTokenVerifier verifier, KeySource keys, Clock clock, TokenCacheSize size) {
    return size.tokens() == 0 ? verifier : new CachingTokenVerifier(verifier, keys, clock, size);
  }

  /** The cache itself, for its metrics. */
  Cache<String, Verification> cache() {
    return verified;
  }

  @Override
  public VerifiedToken verify(String token) {
    if (token == null) {
      return verifier.verification(null).token();
    }
    Verification cached = verified.getIfPresent(token);
    if (cached != null) {
      if (stillVerifies(cached)) {
        return cached.token();
      }
      verified.asMap().remove(token, cached);
    }
    return verifyOnce(token).token();
  }

  private boolean stillVerifies(Verification cached) {
    // In whole seconds, as jose4j's evaluation time.
    return cached.timelyAt(clock.millis() / 1000) && keys.trusts(cached.keyId(), cached.key());
  }

  /** Verifies in full, once at a time per token; a failure is thrown to every waiter, not kept. */
  private Verification verifyOnce(String token) {
    CompletableFuture<Verification> mine = new CompletableFuture<>();
    CompletableFuture<Verification> running = verifying.putIfAbsent(token, mine);
    if (running != null) {
      return resultOf(running);
    }
    try {
      Verification verification = verifier.verification(token);
      verified.put(token, verification);
      mine.complete(verification);
      return verification;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      verifying.remove(token, mine);
    }
  }

  private static Verification resultOf(CompletableFuture<Verification> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** How many tokens are remembered, once pending evictions and expiries are done; for tests. */
  long size() {
    verified.cleanUp();
    return verified.estimatedSize();
  }
}
