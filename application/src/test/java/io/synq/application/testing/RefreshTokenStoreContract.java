package io.synq.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.RefreshTokenStore;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokenStore} must do. Extend it with a factory for the implementation
 * under test; every token and chain is random, so a shared database needs no cleanup.
 */
public abstract class RefreshTokenStoreContract {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");
  private static final int CONTENDERS = 8;

  protected abstract RefreshTokenStore store();

  private RefreshTokenStore store;
  private OrgScope scope;

  @BeforeEach
  void freshStoreAndScope() {
    store = store();
    scope = OrgScope.of("tenant-" + UUID.randomUUID(), "org");
  }

  private static String random() {
    return UUID.randomUUID().toString();
  }

  private StoredRefreshToken token(String familyId) {
    return token(familyId, UserId.random());
  }

  private StoredRefreshToken token(String familyId, UserId userId) {
    return new StoredRefreshToken(
        random() + random(),
        familyId,
        userId,
        scope,
        T0,
        T0.plus(Duration.ofDays(30)),
        Optional.empty(),
        Optional.empty());
  }

  private StoredRefreshToken inserted(String familyId) {
    StoredRefreshToken token = token(familyId);
    store.insert(token);
    return token;
  }

  private StoredRefreshToken stored(StoredRefreshToken token) {
    return store.findByHash(token.tokenHash()).orElseThrow();
  }

  @Test
  void finds_what_it_stored_exactly() {
    StoredRefreshToken token = inserted(random());

    assertThat(store.findByHash(token.tokenHash())).contains(token);
    assertThat(store.findByHash(random())).isEmpty();
  }

  @Test
  void refuses_a_second_token_with_the_same_hash() {
    StoredRefreshToken token = inserted(random());
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

    assertThatThrownBy(() -> store.insert(sameHash))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    assertThat(stored(token)).isEqualTo(token);
  }

  @Test
  void marks_a_token_used_once_only() {
    StoredRefreshToken token = inserted(random());
    Instant first = T0.plusSeconds(10);

    assertThat(store.markUsed(token.tokenHash(), first)).isTrue();
    assertThat(store.markUsed(token.tokenHash(), T0.plusSeconds(20))).isFalse();
    assertThat(stored(token).usedAt()).contains(first);
  }

  @Test
  void tells_whether_a_chain_is_revoked() {
    String family = random();
    inserted(family);
    String otherFamily = random();
    inserted(otherFamily);

    store.revokeFamily(family, T0.plusSeconds(1));

    assertThat(store.isFamilyRevoked(family)).isTrue();
    assertThat(store.isFamilyRevoked(otherFamily)).isFalse();
    assertThat(store.isFamilyRevoked(random())).isFalse();
  }

  @Test
  void does_not_mark_a_revoked_token() {
    StoredRefreshToken token = inserted(random());
    store.revokeFamily(token.familyId(), T0.plusSeconds(1));

    assertThat(store.markUsed(token.tokenHash(), T0.plusSeconds(2))).isFalse();
    assertThat(stored(token).usedAt()).isEmpty();
  }

  @Test
  void does_not_mark_an_unknown_token() {
    assertThat(store.markUsed(random(), T0)).isFalse();
  }

  @Test
  void lets_exactly_one_of_many_concurrent_callers_use_a_token() throws Exception {
    StoredRefreshToken token = inserted(random());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < CONTENDERS; i++) {
        Instant at = T0.plusSeconds(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return store.markUsed(token.tokenHash(), at);
                }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void revokes_every_token_of_the_chain_and_no_other() {
    String family = random();
    StoredRefreshToken used = inserted(family);
    store.markUsed(used.tokenHash(), T0.plusSeconds(1));
    StoredRefreshToken latest = inserted(family);
    StoredRefreshToken otherChain = inserted(random());
    Instant at = T0.plusSeconds(2);

    store.revokeFamily(family, at);

    assertThat(stored(used).revokedAt()).contains(at);
    assertThat(stored(used).usedAt()).contains(T0.plusSeconds(1));
    assertThat(stored(latest).revokedAt()).contains(at);
    assertThat(stored(latest).usedAt()).isEmpty();
    assertThat(stored(otherChain)).isEqualTo(otherChain);
  }

  @Test
  void keeps_the_first_revocation_time() {
    String family = random();
    StoredRefreshToken token = inserted(family);

    store.revokeFamily(family, T0.plusSeconds(1));
    store.revokeFamily(family, T0.plusSeconds(2));

    assertThat(stored(token).revokedAt()).contains(T0.plusSeconds(1));
  }

  @Test
  void revokes_every_chain_of_the_user_and_no_one_elses() {
    UserId ada = UserId.random();
    StoredRefreshToken laptop = token(random(), ada);
    StoredRefreshToken phone = token(random(), ada);
    StoredRefreshToken alreadyRevoked = token(random(), ada);
    StoredRefreshToken someoneElses = inserted(random());
    for (StoredRefreshToken token : List.of(laptop, phone, alreadyRevoked)) {
      store.insert(token);
    }
    store.revokeFamily(alreadyRevoked.familyId(), T0.plusSeconds(1));

    store.revokeUser(ada, T0.plusSeconds(2));

    assertThat(stored(laptop).revokedAt()).contains(T0.plusSeconds(2));
    assertThat(stored(phone).revokedAt()).contains(T0.plusSeconds(2));
    assertThat(stored(alreadyRevoked).revokedAt()).contains(T0.plusSeconds(1));
    assertThat(store.isFamilyRevoked(phone.familyId())).isTrue();
    assertThat(stored(someoneElses)).isEqualTo(someoneElses);
  }
}
