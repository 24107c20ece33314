package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.synq.application.testing.TestClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

/** One caching and reloading policy, whatever the keys are loaded from. */
class CachedKeysTest {
  private static final KeyRefreshPolicy POLICY =
      new KeyRefreshPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10));

  /** Far less than a held load lasts. */
  private static final Duration PROMPTLY = Duration.ofSeconds(2);

  private final TestClock clock = new TestClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final ScriptedLoader loader = new ScriptedLoader();
  private final LoadThreads loadThreads = new LoadThreads();

  @Test
  void loads_once_when_created() {
    loader.publish(TestKeys.PRIMARY);

    CachedKeys<VerificationKeys> keys = loadedInLine();

    assertThat(loader.loads()).hasValue(1);
    assertThat(keys.find("primary")).contains(TestKeys.PRIMARY.getRsaPublicKey());
  }

  @Test
  void survives_a_failed_first_load_and_retries_after_the_interval() {
    loader.fail();
    CachedKeys<VerificationKeys> keys = loadedInLine();
    loader.publish(TestKeys.PRIMARY);

    assertThat(keys.find("primary")).isEmpty();

    clock.advance(POLICY.minInterval());

    assertThat(keys.find("primary")).contains(TestKeys.PRIMARY.getRsaPublicKey());
    assertThat(loader.loads()).hasValue(2);
  }

  @Test
  void says_whether_keys_were_ever_loaded_and_retries_a_failed_first_load_when_asked() {
    loader.fail();
    CachedKeys<VerificationKeys> keys = loadedInLine();
    loader.publish(TestKeys.PRIMARY);

    assertThat(keys.loadedOnce()).as("within the interval of the failed load").isFalse();
    clock.advance(POLICY.minInterval());
    assertThat(keys.loadedOnce()).isTrue();

    loader.fail();
    clock.advance(POLICY.maxAge());
    assertThat(keys.find("primary")).as("a failed reload keeps the keys").isPresent();
    assertThat(keys.loadedOnce()).isTrue();
    assertThat(loader.loads()).hasValue(3);
  }

  @Test
  void answers_known_keys_from_the_cache() {
    loader.publish(TestKeys.PRIMARY);
    CachedKeys<VerificationKeys> keys = loadedInLine();
    clock.advance(POLICY.minInterval());

    for (int i = 0; i < 10; i++) {
      assertThat(keys.find("primary")).isPresent();
    }
    assertThat(loader.loads()).hasValue(1);
  }

  @Test
  void reloads_for_an_unknown_key_at_most_once_per_interval() {
    loader.publish(TestKeys.PRIMARY);
    CachedKeys<VerificationKeys> keys = loadedInLine();
    loader.publish(TestKeys.PRIMARY, TestKeys.SECONDARY);

    assertThat(keys.find("secondary")).as("within the interval of the first load").isEmpty();
    assertThat(loader.loads()).hasValue(1);

    clock.advance(POLICY.minInterval());
    assertThat(keys.find("secondary")).contains(TestKeys.SECONDARY.getRsaPublicKey());
    assertThat(keys.find("bogus-1")).isEmpty();
    assertThat(keys.find("bogus-2")).isEmpty();
    assertThat(loader.loads()).hasValue(2);

    clock.advance(POLICY.minInterval().minusSeconds(1));
    assertThat(keys.find("bogus-3")).isEmpty();
    assertThat(loader.loads()).hasValue(2);

    clock.advance(Duration.ofSeconds(1));
    assertThat(keys.find("bogus-4")).isEmpty();
    assertThat(loader.loads()).hasValue(3);
  }

  @Test
  void keeps_the_cached_keys_when_a_reload_fails() {
    loader.publish(TestKeys.PRIMARY);
    CachedKeys<VerificationKeys> keys = loadedInLine();
    loader.fail();
    clock.advance(POLICY.minInterval());

    assertThat(keys.find("unknown")).isEmpty();
    assertThat(loader.loads()).hasValue(2);
    assertThat(keys.find("primary")).contains(TestKeys.PRIMARY.getRsaPublicKey());
  }

  @Test
  void reloads_keys_older_than_the_maximum_age_so_withdrawn_keys_stop_being_trusted() {
    loader.publish(TestKeys.PRIMARY, TestKeys.SECONDARY);
    CachedKeys<VerificationKeys> keys = loadedInLine();
    loader.publish(TestKeys.SECONDARY);

    clock.advance(POLICY.maxAge().minusSeconds(1));
    assertThat(keys.find("primary")).isPresent();
    assertThat(loader.loads()).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(keys.find("secondary")).isPresent();
    assertThat(loader.loads()).hasValue(2);
    assertThat(keys.current().size()).isEqualTo(1);
  }

  @Test
  void keeps_serving_old_keys_while_the_source_is_down() {
    loader.publish(TestKeys.PRIMARY);
    CachedKeys<VerificationKeys> keys = loadedInLine();
    loader.fail();

    clock.advance(POLICY.maxAge().multipliedBy(3));
    assertThat(keys.find("primary")).isPresent();
    assertThat(keys.find("primary")).isPresent();

    assertThat(loader.loads()).as("one failed reload, then the interval holds").hasValue(2);
  }

  @Test
  void a_known_key_never_waits_for_a_reload_and_an_unknown_one_waits_for_it_only_briefly()
      throws Exception {
    KeyRefreshPolicy briefWait =
        new KeyRefreshPolicy(POLICY.minInterval(), POLICY.maxAge(), Duration.ofMillis(100));
    loader.publish(TestKeys.PRIMARY);
    CachedKeys<VerificationKeys> keys = CachedKeys.empty(loader, briefWait, clock, loadThreads);
    keys.refresh();
    loadThreads.join();
    CountDownLatch held = loader.holdNextLoad();
    clock.advance(POLICY.maxAge());

    try {
      assertTimeoutPreemptively(PROMPTLY, () -> assertThat(keys.find("primary")).isPresent());
      Eventually.holds("the reload is under way", () -> loader.loads().get() == 2);
      assertTimeoutPreemptively(PROMPTLY, () -> assertThat(keys.find("primary")).isPresent());
      assertTimeoutPreemptively(PROMPTLY, () -> assertThat(keys.find("secondary")).isEmpty());
      assertThat(keys.loadedOnce()).isTrue();
      assertThat(loader.loads()).as("no second load while one is in flight").hasValue(2);
    } finally {
      held.countDown();
    }
    loadThreads.join();
  }

  @Test
  void a_load_that_started_before_a_reload_never_replaces_the_reloaded_keys() throws Exception {
    loader.publish(TestKeys.PRIMARY);
    CachedKeys<VerificationKeys> keys = CachedKeys.empty(loader, POLICY, clock, loadThreads);
    CountDownLatch held = loader.holdNextLoad();
    keys.refresh();
    Eventually.holds("the first load is under way", () -> loader.loads().get() == 1);

    loader.publish(TestKeys.SECONDARY);
    keys.reload();
    held.countDown();
    loadThreads.join();

    assertThat(keys.find("secondary")).isPresent();
    assertThat(keys.find("primary")).isEmpty();
    assertThat(loader.loads()).hasValue(2);
  }

  /** A cache that loads in the calling thread, after its first load. */
  private CachedKeys<VerificationKeys> loadedInLine() {
    CachedKeys<VerificationKeys> keys =
        CachedKeys.empty(loader, POLICY, clock, CachedKeys.CALLING_THREAD);
    keys.refresh();
    return keys;
  }

  /** A loader whose next answer the test decides. */
  private static final class ScriptedLoader implements KeyLoader<VerificationKeys> {
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicReference<CountDownLatch> gate = new AtomicReference<>();
    private volatile VerificationKeys next;

    /** The next load answers what is published when it starts, once the latch is counted down. */
    CountDownLatch holdNextLoad() {
      CountDownLatch latch = new CountDownLatch(1);
      gate.set(latch);
      return latch;
    }

    void publish(RsaJsonWebKey... keys) {
      next =
          new VerificationKeys(
              Arrays.stream(keys)
                  .map(key -> new VerificationKey(key.getKeyId(), key.getRsaPublicKey()))
                  .toList());
    }

    void fail() {
      next = null;
    }

    AtomicInteger loads() {
      return loads;
    }

    @Override
    public VerificationKeys load() throws IOException, InterruptedException {
      VerificationKeys answer = next;
      loads.incrementAndGet();
      CountDownLatch latch = gate.getAndSet(null);
      if (latch != null) {
        latch.await(30, TimeUnit.SECONDS);
      }
      if (answer == null) {
        throw new IOException("source unavailable");
      }
      return answer;
    }
  }

  /** Runs each load on a thread of its own, and can wait for all of them to end. */
  private static final class LoadThreads implements Executor {
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public void execute(Runnable load) {
      Thread thread = new Thread(load, "test-key-loader");
      threads.add(thread);
      thread.start();
    }

    void join() throws InterruptedException {
      for (Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(30));
      }
    }
  }
}
