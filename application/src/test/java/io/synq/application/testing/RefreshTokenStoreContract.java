package io.synq.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.RefreshTokenStore.Rotation;
import io.synq.application.port.out.StoredRefreshToken;
import io.synq.domain.DomainException;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokenStore} must do. Extend it with a factory for the implementation
 * under test, whose stores within one test all share one database, as instances of the server do;
 * every token and chain is random, so a shared database needs no cleanup.
 */
public abstract class RefreshTokenStoreContract {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");
  private static final Duration LIFETIME = Duration.ofDays(30);
  private static final int CONTENDERS = 8;

  protected abstract RefreshTokenStore store();

  private RefreshTokenStore store;
  private OrgScope scope;
  private final ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);

  @BeforeEach
  void freshStoreAndScope() {
    store = store();
    scope = OrgScope.of("tenant-" + UUID.randomUUID(), "org");
  }

  @AfterEach
  void stopThePool() {
    pool.shutdownNow();
  }

  private static String random() {
    return UUID.randomUUID().toString();
  }

  private StoredRefreshToken token(String familyId, UserId userId, Instant issuedAt) {
    return new StoredRefreshToken(
        random() + random(),
        familyId,
        userId,
        scope,
        issuedAt,
        issuedAt.plus(LIFETIME),
        Optional.empty(),
        Optional.empty());
  }

  /** The next token of the token's chain, not stored yet. */
  private StoredRefreshToken successorOf(StoredRefreshToken token, Instant at) {
    return token(token.familyId(), token.userId(), at);
  }

  private StoredRefreshToken started(UserId userId) {
    StoredRefreshToken first = token(random(), userId, T0);
    store.startChain(first);
    return first;
  }

  private StoredRefreshToken started() {
    return started(UserId.random());
  }

  private Optional<StoredRefreshToken> stored(StoredRefreshToken token) {
    return store.findByHash(token.tokenHash());
  }

  private StoredRefreshToken rotated(StoredRefreshToken token, Instant at) {
    StoredRefreshToken next = successorOf(token, at);
    assertThat(store.rotate(token.tokenHash(), next, at)).isEqualTo(Rotation.ROTATED);
    return next;
  }

  @Test
  void finds_the_first_token_of_a_chain_exactly() {
    StoredRefreshToken token = started();

    assertThat(stored(token)).contains(token);
    assertThat(store.findByHash(random())).isEmpty();
  }

  @Test
  void refuses_a_second_token_with_the_same_hash() {
    StoredRefreshToken token = started();
    StoredRefreshToken sameHash =
        new StoredRefreshToken(
            token.tokenHash(),
            random(),
            UserId.random(),
            scope,
            T0,
            T0.plusSeconds(1),
            Optional.empty(),
            Optional.empty());

    assertThatThrownBy(() -> store.startChain(sameHash))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    assertThat(stored(token)).contains(token);
  }

  @Test
  void a_rotation_uses_the_token_up_and_stores_its_successor() {
    StoredRefreshToken first = started();
    Instant at = T0.plusSeconds(10);

    StoredRefreshToken second = rotated(first, at);

    assertThat(stored(first).orElseThrow().usedAt()).contains(at);
    assertThat(stored(second)).contains(second);
    StoredRefreshToken third = rotated(second, T0.plusSeconds(20)); // the chain goes on
    assertThat(stored(third)).contains(third);
  }

  @Test
  void a_used_token_presented_again_revokes_the_whole_chain() {
    StoredRefreshToken first = started();
    StoredRefreshToken second = rotated(first, T0.plusSeconds(1));
    StoredRefreshToken copied = successorOf(first, T0.plusSeconds(2));

    assertThat(store.rotate(first.tokenHash(), copied, T0.plusSeconds(2)))
        .isEqualTo(Rotation.REPLAYED);

    assertThat(stored(first).orElseThrow().revokedAt()).contains(T0.plusSeconds(2));
    assertThat(stored(second).orElseThrow().revokedAt()).contains(T0.plusSeconds(2));
    assertThat(stored(copied)).isEmpty();
    assertThat(store.rotate(second.tokenHash(), successorOf(second, T0.plusSeconds(3)), T0))
        .isEqualTo(Rotation.REFUSED);
  }

  @Test
  void refuses_unknown_expired_revoked_and_foreign_tokens_and_changes_nothing() {
    StoredRefreshToken token = started();
    StoredRefreshToken other = started();

    assertThat(store.rotate(random(), successorOf(token, T0), T0)).isEqualTo(Rotation.REFUSED);
    assertThat(store.rotate(token.tokenHash(), successorOf(other, T0), T0))
        .isEqualTo(Rotation.REFUSED);
    Instant expiry = token.expiresAt();
    assertThat(store.rotate(token.tokenHash(), successorOf(token, expiry), expiry))
        .isEqualTo(Rotation.REFUSED);
    assertThat(stored(token)).contains(token);

    store.revokeFamily(token.familyId(), T0.plusSeconds(1));
    StoredRefreshToken afterRevocation = successorOf(token, T0.plusSeconds(2));
    assertThat(store.rotate(token.tokenHash(), afterRevocation, T0.plusSeconds(2)))
        .isEqualTo(Rotation.REFUSED);
    assertThat(stored(token).orElseThrow().usedAt()).isEmpty();
    assertThat(stored(afterRevocation)).isEmpty();
  }

  @Test
  void of_many_concurrent_rotations_of_one_token_exactly_one_wins_and_a_replay_ends_the_chain()
      throws Exception {
    StoredRefreshToken first = started();
    List<StoredRefreshToken> successors = new ArrayList<>();
    List<Callable<Rotation>> rotations = new ArrayList<>();
    for (int i = 0; i < CONTENDERS; i++) {
      StoredRefreshToken successor = successorOf(first, T0.plusSeconds(1));
      successors.add(successor);
      RefreshTokenStore instance = i % 2 == 0 ? store : store(); // two instances, one database
      rotations.add(() -> instance.rotate(first.tokenHash(), successor, T0.plusSeconds(1)));
    }

    List<Rotation> outcomes = runTogether(rotations);

    assertThat(outcomes).containsOnlyOnce(Rotation.ROTATED).contains(Rotation.REPLAYED);
    for (StoredRefreshToken successor : successors) {
      stored(successor).ifPresent(s -> assertThat(s.revokedAt()).isPresent());
    }
  }

  @Test
  void a_revocation_racing_a_rotation_leaves_no_live_successor() throws Exception {
    for (int round = 0; round < 20; round++) {
      StoredRefreshToken first = started();
      StoredRefreshToken successor = successorOf(first, T0.plusSeconds(1));
      RefreshTokenStore otherInstance = store();

      runTogether(
          List.of(
              () -> store.rotate(first.tokenHash(), successor, T0.plusSeconds(1)),
              () -> {
                otherInstance.revokeFamily(first.familyId(), T0.plusSeconds(1));
                return Rotation.REFUSED;
              }));

      int at = round;
      stored(successor).ifPresent(s -> assertThat(s.revokedAt()).as("round %d", at).isPresent());
      assertThat(stored(first).orElseThrow().revokedAt()).isPresent();
    }
  }

  private List<Rotation> runTogether(List<Callable<Rotation>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Rotation>> results = new ArrayList<>();
    for (Callable<Rotation> call : calls) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return call.call();
              }));
    }
    start.countDown();
    List<Rotation> outcomes = new ArrayList<>();
    for (Future<Rotation> result : results) {
      outcomes.add(result.get(30, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  @Test
  void revokes_every_token_of_the_chain_and_no_other() {
    StoredRefreshToken used = started();
    StoredRefreshToken latest = rotated(used, T0.plusSeconds(1));
    StoredRefreshToken otherChain = started();
    Instant at = T0.plusSeconds(2);

    store.revokeFamily(used.familyId(), at);

    assertThat(stored(used).orElseThrow().revokedAt()).contains(at);
    assertThat(stored(used).orElseThrow().usedAt()).contains(T0.plusSeconds(1));
    assertThat(stored(latest).orElseThrow().revokedAt()).contains(at);
    assertThat(stored(latest).orElseThrow().usedAt()).isEmpty();
    assertThat(stored(otherChain)).contains(otherChain);
  }

  @Test
  void keeps_the_first_revocation_time() {
    StoredRefreshToken token = started();

    store.revokeFamily(token.familyId(), T0.plusSeconds(1));
    store.revokeFamily(token.familyId(), T0.plusSeconds(2));

    assertThat(stored(token).orElseThrow().revokedAt()).contains(T0.plusSeconds(1));
  }

  @Test
  void revokes_every_chain_of_the_user_and_no_one_elses() {
    UserId ada = UserId.random();
    StoredRefreshToken laptop = started(ada);
    StoredRefreshToken phone = rotated(started(ada), T0.plusSeconds(1));
    StoredRefreshToken alreadyRevoked = started(ada);
    StoredRefreshToken someoneElses = started();
    store.revokeFamily(alreadyRevoked.familyId(), T0.plusSeconds(1));

    store.revokeUser(ada, T0.plusSeconds(2));

    assertThat(stored(laptop).orElseThrow().revokedAt()).contains(T0.plusSeconds(2));
    assertThat(stored(phone).orElseThrow().revokedAt()).contains(T0.plusSeconds(2));
    assertThat(stored(alreadyRevoked).orElseThrow().revokedAt()).contains(T0.plusSeconds(1));
    assertThat(store.rotate(phone.tokenHash(), successorOf(phone, T0), T0.plusSeconds(3)))
        .isEqualTo(Rotation.REFUSED);
    assertThat(stored(someoneElses)).contains(someoneElses);
  }

  @Test
  void deletes_the_tokens_expired_before_the_cutoff() {
    StoredRefreshToken old = started();
    StoredRefreshToken used = started();
    StoredRefreshToken latest = rotated(used, T0.plus(Duration.ofDays(10)));

    assertThat(store.deleteExpiredBefore(old.expiresAt().plusNanos(1000))).isPositive();

    assertThat(stored(old)).isEmpty();
    assertThat(stored(used)).isEmpty();
    assertThat(stored(latest)).contains(latest);
    StoredRefreshToken next = rotated(latest, T0.plus(Duration.ofDays(11))); // its chain lives on
    assertThat(stored(next)).contains(next);
    assertThat(store.rotate(old.tokenHash(), successorOf(old, T0), T0)).isEqualTo(Rotation.REFUSED);
  }
}
