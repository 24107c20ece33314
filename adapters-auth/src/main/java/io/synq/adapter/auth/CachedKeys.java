package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys from a {@link KeyLoader}, cached and reloaded under a {@link KeyRefreshPolicy}.
 *
 * <p>A known key id is answered from the cache without waiting on anything, so valid tokens keep
 * verifying while the issuer is slow, down, or flooded with bogus key ids. An unknown key id
 * triggers a reload, at most one per {@code minInterval}; threads that find a reload in flight wait
 * for it and then look again, so a rotated key is seen by all of them. When the cache is older than
 * {@code maxAge}, the first verification to notice reloads it in line (others carry on with the
 * cache); this needs no background thread and no lifecycle. A failed load is logged and the cached
 * keys stay in use.
 */
final class CachedKeys<K extends KeySet> implements KeySource {
  private static final Logger log = LoggerFactory.getLogger(CachedKeys.class);

  private record Snapshot<K>(K keys, Instant loadedAt) {}

  private final KeyLoader<K> loader;
  private final KeyRefreshPolicy policy;
  private final Clock clock;
  private final ReentrantLock loading = new ReentrantLock();
  private volatile Snapshot<K> snapshot;
  private Instant lastAttempt; // guarded by loading; null until the first attempt

  private CachedKeys(
      KeyLoader<K> loader, KeyRefreshPolicy policy, Clock clock, Snapshot<K> initial) {
    this.loader = requireNonNull(loader, "loader");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.snapshot = initial;
  }

  /** Loads the keys once now; a failure is logged and leaves the cache empty until a later load. */
  static CachedKeys<VerificationKeys> load(
      KeyLoader<VerificationKeys> loader, KeyRefreshPolicy policy, Clock clock) {
    // Never loaded: as old as can be, so the first look tries a load.
    CachedKeys<VerificationKeys> keys =
        new CachedKeys<>(loader, policy, clock, new Snapshot<>(VerificationKeys.NONE, Instant.MIN));
    keys.reload();
    return keys;
  }

  /** A cache holding keys the caller has just loaded with the same loader. */
  static <K extends KeySet> CachedKeys<K> startingWith(
      K loaded, KeyLoader<K> loader, KeyRefreshPolicy policy, Clock clock) {
    Instant now = clock.instant();
    CachedKeys<K> keys =
        new CachedKeys<>(loader, policy, clock, new Snapshot<>(requireNonNull(loaded), now));
    keys.lastAttempt = now;
    return keys;
  }

  @Override
  public Optional<RSAPublicKey> find(String keyId) {
    Optional<RSAPublicKey> cached = current().find(keyId);
    if (cached.isPresent()) {
      return cached;
    }
    loading.lock();
    try {
      loadIfAllowed();
    } finally {
      loading.unlock();
    }
    return snapshot.keys().find(keyId);
  }

  /** The cached keys, reloaded first if they are old and no other thread is loading. */
  K current() {
    if (isOld() && loading.tryLock()) {
      try {
        loadIfAllowed();
      } finally {
        loading.unlock();
      }
    }
    return snapshot.keys();
  }

  /** Loads now, whatever the policy says: for a process that has just changed the keys itself. */
  void reload() {
    loading.lock();
    try {
      loadAt(clock.instant());
    } finally {
      loading.unlock();
    }
  }

  private boolean isOld() {
    return !clock.instant().isBefore(snapshot.loadedAt().plus(policy.maxAge()));
  }

  private void loadIfAllowed() {
    Instant now = clock.instant();
    if (lastAttempt != null && now.isBefore(lastAttempt.plus(policy.minInterval()))) {
      return;
    }
    loadAt(now);
  }

  private void loadAt(Instant now) {
    lastAttempt = now;
    try {
      K loaded = loader.load();
      snapshot = new Snapshot<>(loaded, now);
      log.debug("Loaded {} verification key(s) from {}", loaded.size(), loader);
    } catch (Exception e) {
      log.warn(
          "Could not load verification keys from {}; still trusting the {} cached key(s): {}",
          loader,
          snapshot.keys().size(),
          e.toString());
    }
  }
}
