package io.synq.adapter.auth;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.synq.application.port.out.TokenVerifier;

/**
 * The meters of a verifier built here: its verified-token cache ({@code cache_*{cache="tokens"}}:
 * hits, misses, evictions, size) and, for an external issuer, the JWKS fetches by outcome and the
 * age of the key set in use. They read what the verifier counts anyway: nothing is added to the
 * path of a request.
 */
public final class AuthMetrics {
  static final String TOKEN_CACHE = "tokens";
  static final String JWKS_FETCHES = "synq.jwks.fetches";
  static final String KEY_SET_AGE = "synq.jwks.key.set.age";

  private AuthMetrics() {}

  /** Registers what {@code verifier} has to measure; a verifier from elsewhere has nothing. */
  public static void bind(TokenVerifier verifier, MeterRegistry registry) {
    if (verifier instanceof ExternalTokenVerifier external) {
      bindKeys(external.keys(), registry);
      bindCache(external.tokens(), registry);
    } else {
      bindCache(verifier, registry);
    }
  }

  private static void bindCache(TokenVerifier verifier, MeterRegistry registry) {
    if (verifier instanceof CachingTokenVerifier caching) {
      CaffeineCacheMetrics.monitor(registry, caching.cache(), TOKEN_CACHE);
    }
  }

  private static void bindKeys(CachedKeys<?> keys, MeterRegistry registry) {
    FunctionCounter.builder(JWKS_FETCHES, keys, CachedKeys::loadsSucceeded)
        .description("Fetches of the external issuer's JWKS, by outcome")
        .tag("outcome", "success")
        .register(registry);
    FunctionCounter.builder(JWKS_FETCHES, keys, CachedKeys::loadsFailed)
        .description("Fetches of the external issuer's JWKS, by outcome")
        .tag("outcome", "failure")
        .register(registry);
    Gauge.builder(KEY_SET_AGE, keys, CachedKeys::ageSeconds)
        .description("Age of the JWKS key set in use; NaN until one has loaded")
        .baseUnit("seconds")
        .register(registry);
  }
}
