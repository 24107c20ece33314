package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys from a {@link KeyLoader}, cached and reloaded under a {@link KeyRefreshPolicy}.
 *
 * <p>No lock is ever held while keys load. A known key id is answered from the cache without
 * waiting on anything, so valid tokens keep verifying while the issuer is slow, stalled, down, or
 * flooded with bogus key ids. An unknown key id starts a load, at most one per {@code minInterval}
 * and one at a time; threads that find a load in flight wait for it at most {@code unknownKeyWait}
 * and then look again, so a rotated key is seen by all of them and a stalled load holds nobody for
 * long. When the cache is older than {@code maxAge}, the first verification to notice starts a
 * reload and carries on with the cache. A failed load is logged and the cached keys stay in use.
 *
 * <p>Loads run on the given {@link Executor}: for a JWKS, one short-lived daemon thread per load
 * (at most one per {@code minInterval}, each bounded by the loader's own deadline), so there is
 * nothing to shut down; for a local store, the calling thread, as its reads are quick and bounded.
 *
 * <p>Not jose4j's {@code HttpsJwks}: it reloads an expired key set on the verifying thread while
 * the others wait on its lock, so a slow issuer would stall every verification, and it reads only a
 * JWKS URL, not the key store that instances of the embedded issuer share.
 */
final class CachedKeys<K extends KeySet> implements KeySource {
  private static final Logger log = LoggerFactory.getLogger(CachedKeys.class);

  /** One daemon thread per load: it ends when the load does. */
  static final Executor BACKGROUND =
      task -> {
        Thread thread = new Thread(task, "synq-key-loader");
        thread.setDaemon(true);
        thread.start();
      };

  /** Loads in the thread that asks for one. */
  static final Executor CALLING_THREAD = Runnable::run;

  /**
   * @param generation which load produced these keys: later loads have higher numbers; 0 for none
   */
  private record Snapshot<K>(K keys, Instant loadedAt, long generation) {}

  private final KeyLoader<K> loader;
  private final KeyRefreshPolicy policy;
  private final Clock clock;
  private final Executor loads;
  private final Object bookkeeping = new Object(); // guards the fields below; never held to load
  private volatile Snapshot<K> snapshot;
  private Instant lastAttempt; // null until the first attempt
  private CompletableFuture<Void> inFlight; // null when no load is running
  private long generations;
  private final AtomicLong loadsSucceeded = new AtomicLong();
  private final AtomicLong loadsFailed = new AtomicLong();

  private CachedKeys(
      KeyLoader<K> loader,
      KeyRefreshPolicy policy,
      Clock clock,
      Executor loads,
      Snapshot<K> initial) {
    this.loader = requireNonNull(loader, "loader");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.loads = requireNonNull(loads, "loads");
    this.snapshot = initial;
  }

  /** An empty cache: nothing is trusted until a load succeeds, which {@link #refresh} starts. */
  static CachedKeys<VerificationKeys> empty(
      KeyLoader<VerificationKeys> loader, KeyRefreshPolicy policy, Clock clock, Executor loads) {
    // Never loaded: as old as can be, so that every look may try a load.
    return new CachedKeys<>(
        loader, policy, clock, loads, new Snapshot<>(VerificationKeys.NONE, Instant.MIN, 0));
  }

  /** A cache holding keys the caller has just loaded with the same loader; it reloads in line. */
  static <K extends KeySet> CachedKeys<K> startingWith(
      K loaded, KeyLoader<K> loader, KeyRefreshPolicy policy, Clock clock) {
    Instant now = clock.instant();
    CachedKeys<K> keys =
        new CachedKeys<>(
            loader, policy, clock, CALLING_THREAD, new Snapshot<>(requireNonNull(loaded), now, 1));
    keys.lastAttempt = now;
    keys.generations = 1;
    return keys;
  }

  @Override
  public Optional<RSAPublicKey> find(String keyId) {
    Optional<RSAPublicKey> cached = current().find(keyId);
    if (cached.isPresent()) {
      return cached;
    }
    CompletableFuture<Void> load = loadIfAllowed();
    if (load != null) {
      awaitAtMost(load);
    }
    return snapshot.keys().find(keyId);
  }

  /**
   * Answered from the cached keys: an unknown key id starts no load. When they are old, a reload
   * starts first, as for {@link #current}, so that a key withdrawn since stops being trusted.
   */
  @Override
  public boolean trusts(String keyId, RSAPublicKey key) {
    return current().trusts(keyId, key);
  }

  /** The cached keys; when they are old, a reload starts first, waited for only if it runs here. */
  K current() {
    if (isOld()) {
      loadIfAllowed();
    }
    return snapshot.keys();
  }

  /** Starts a load if none is in flight and the policy allows one now; does not wait for it. */
  void refresh() {
    loadIfAllowed();
  }

  /**
   * Whether a key set has ever been loaded. While none has, this also starts a load when the policy
   * allows one, so that whoever asks (a readiness probe) retries a failed first load.
   */
  boolean loadedOnce() {
    if (snapshot.generation() > 0) {
      return true;
    }
    loadIfAllowed();
    return snapshot.generation() > 0;
  }

  /**
   * Loads now in the calling thread, whatever the policy says: for a process that has just changed
   * the keys itself.
   */
  void reload() {
    Instant now = clock.instant();
    long generation;
    synchronized (bookkeeping) {
      lastAttempt = now;
      generation = ++generations;
    }
    loadAt(now, generation);
  }

  /** Loads that succeeded so far, for metrics. */
  long loadsSucceeded() {
    return loadsSucceeded.get();
  }

  /** Loads that failed so far, for metrics. */
  long loadsFailed() {
    return loadsFailed.get();
  }

  /** How old the keys in use are, in seconds; NaN while none has been loaded. */
  double ageSeconds() {
    Snapshot<K> current = snapshot;
    if (current.generation() == 0) {
      return Double.NaN;
    }
    return Duration.between(current.loadedAt(), clock.instant()).toMillis() / 1000.0;
  }

  private boolean isOld() {
    return !clock.instant().isBefore(snapshot.loadedAt().plus(policy.maxAge()));
  }

  /** The load in flight, or one started now if the policy allows, else null. */
  private CompletableFuture<Void> loadIfAllowed() {
    Instant now = clock.instant();
    CompletableFuture<Void> started = new CompletableFuture<>();
    long generation;
    synchronized (bookkeeping) {
      if (inFlight != null) {
        return inFlight;
      }
      if (lastAttempt != null && now.isBefore(lastAttempt.plus(policy.minInterval()))) {
        return null;
      }
      lastAttempt = now;
      inFlight = started;
      generation = ++generations;
    }
    try {
      loads.execute(() -> loadInFlight(now, generation, started));
    } catch (RuntimeException e) {
      finish(started);
      throw e;
    }
    return started;
  }

  private void loadInFlight(Instant now, long generation, CompletableFuture<Void> load) {
    try {
      loadAt(now, generation);
    } finally {
      finish(load);
    }
  }

  private void finish(CompletableFuture<Void> load) {
    synchronized (bookkeeping) {
      if (inFlight == load) {
        inFlight = null;
      }
    }
    load.complete(null);
  }

  private void loadAt(Instant now, long generation) {
    try {
      K loaded = loader.load();
      publish(new Snapshot<>(loaded, now, generation));
      loadsSucceeded.incrementAndGet();
      log.debug("Loaded {} verification key(s) from {}", loaded.size(), loader);
    } catch (Exception e) {
      loadsFailed.incrementAndGet();
      log.warn(
          "Could not load verification keys from {}; still trusting the {} cached key(s): {}",
          loader,
          snapshot.keys().size(),
          e.toString());
    }
  }

  /** Keeps the newer of two loads that overlapped, whichever finished last. */
  private void publish(Snapshot<K> loaded) {
    synchronized (bookkeeping) {
      if (loaded.generation() > snapshot.generation()) {
        snapshot = loaded;
      }
    }
  }

  private void awaitAtMost(CompletableFuture<Void> load) {
    try {
      load.get(policy.unknownKeyWait().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      log.debug("Gave up waiting for verification keys from {}", loader);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a key load never fails its future", e);
    }
  }
}
