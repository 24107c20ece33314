package io.synq.application.service;

import static io.synq.application.port.in.RefreshSessionUseCase.INVALID_REFRESH_TOKEN;
import static io.synq.application.service.Accounts.ACME_SALES;
import static io.synq.application.service.Accounts.PASSWORD;
import static io.synq.application.service.Accounts.REFRESH_LIFETIME;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.TokenPair;
import io.synq.application.port.out.IdTokenIssuer;
import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.RefreshTokenStore.Rotation;
import io.synq.application.port.out.StoredRefreshToken;
import io.synq.domain.DomainException;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshSessionServiceTest {
  private static final String ADA = "ada@example.com";

  private final Accounts accounts = new Accounts();
  private User ada;

  @BeforeEach
  void storeAda() {
    ada = accounts.user(ACME_SALES, ADA, Role.EDITOR);
  }

  private TokenPair signIn() {
    return accounts.signIn(ADA, PASSWORD, "client");
  }

  private TokenPair refresh(TokenPair session) {
    return accounts.refresh.refresh(new RefreshSessionUseCase.Command(session.refreshToken()));
  }

  private void assertRefusedToRefresh(TokenPair session) {
    Accounts.assertRefused(() -> refresh(session), Kind.BAD_CREDENTIALS, INVALID_REFRESH_TOKEN);
  }

  @Test
  void a_sign_out_that_lands_after_the_token_was_read_still_ends_the_refresh() {
    TokenPair session = signIn();
    RefreshTokenStore store = accounts.refreshTokenStore;
    RefreshTokenStore signOutLandsMidway =
        new RefreshTokenStore() {
          @Override
          public void startChain(StoredRefreshToken first) {
            store.startChain(first);
          }

          @Override
          public Optional<StoredRefreshToken> findByHash(String tokenHash) {
            Optional<StoredRefreshToken> read = store.findByHash(tokenHash);
            read.ifPresent(token -> store.revokeFamily(token.familyId(), accounts.clock.instant()));
            return read;
          }

          @Override
          public Rotation rotate(String presentedHash, StoredRefreshToken successor, Instant now) {
            return store.rotate(presentedHash, successor, now);
          }

          @Override
          public void revokeFamily(String familyId, Instant at) {
            store.revokeFamily(familyId, at);
          }

          @Override
          public void revokeUser(UserId userId, Instant at) {
            store.revokeUser(userId, at);
          }

          @Override
          public int deleteExpiredBefore(Instant cutoff) {
            return store.deleteExpiredBefore(cutoff);
          }
        };
    RefreshSessionService racing =
        new RefreshSessionService(
            signOutLandsMidway,
            new RefreshTokens(signOutLandsMidway, REFRESH_LIFETIME),
            accounts.users,
            accounts.idTokens,
            accounts.clock);
    int issued = accounts.idTokens.issuedCount();

    Accounts.assertRefused(
        () -> racing.refresh(new RefreshSessionUseCase.Command(session.refreshToken())),
        Kind.BAD_CREDENTIALS,
        INVALID_REFRESH_TOKEN);
    assertThat(accounts.idTokens.issuedCount()).isEqualTo(issued); // no ID token either
  }

  @Test
  void hands_out_a_new_id_token_and_a_new_refresh_token() {
    TokenPair first = signIn();
    accounts.clock.advance(Duration.ofMinutes(55));

    TokenPair second = refresh(first);

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(second.idToken()).isNotEqualTo(first.idToken());
    assertThat(second.expiresIn()).isEqualTo(IdTokenIssuer.LIFETIME);
    assertThat(accounts.idTokens.issuedTo(second.idToken())).contains(ada);
    assertThat(refresh(second).refreshToken()).isNotEqualTo(second.refreshToken());
  }

  @Test
  void issues_the_id_token_for_the_user_as_stored_now() {
    TokenPair session = signIn();
    User promoted = ada.withRole(Role.ADMIN, accounts.clock.instant());
    accounts.users.update(promoted, ada.version());

    TokenPair refreshed = refresh(session);

    assertThat(accounts.idTokens.issuedTo(refreshed.idToken())).contains(promoted);
  }

  @Test
  void revokes_the_whole_chain_when_a_used_token_comes_back() {
    TokenPair stolen = signIn();
    TokenPair legitimate = refresh(stolen);
    TokenPair other = signIn();

    assertRefusedToRefresh(stolen);

    assertRefusedToRefresh(legitimate);
    assertThat(accounts.userOf(refresh(other))).isEqualTo(ada.id());
  }

  /**
   * Presenting one refresh token several times at once is a replay: at most one caller gets a
   * session, and the chain ends for everybody, the winner included.
   */
  @Test
  void concurrent_refreshes_of_one_token_are_a_replay_that_ends_the_chain() throws Exception {
    TokenPair session = signIn();
    int contenders = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    try {
      List<Future<Optional<TokenPair>>> results = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return Optional.of(refresh(session));
                  } catch (DomainException e) {
                    return Optional.<TokenPair>empty();
                  }
                }));
      }
      start.countDown();
      List<TokenPair> refreshed = new ArrayList<>();
      for (Future<Optional<TokenPair>> result : results) {
        result.get(30, TimeUnit.SECONDS).ifPresent(refreshed::add);
      }

      assertThat(refreshed).hasSizeLessThanOrEqualTo(1);
      refreshed.forEach(this::assertRefusedToRefresh);
      assertRefusedToRefresh(session);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refuses_an_expired_token() {
    TokenPair lastMoment = signIn();
    TokenPair expired = signIn();
    accounts.clock.advance(REFRESH_LIFETIME.minusSeconds(1));
    assertThat(accounts.userOf(refresh(lastMoment))).isEqualTo(ada.id());

    accounts.clock.advance(Duration.ofSeconds(1));

    assertRefusedToRefresh(expired);
  }

  @Test
  void refuses_and_ends_the_session_of_a_disabled_user() {
    TokenPair session = signIn();
    accounts.users.update(ada.withDisabled(true, accounts.clock.instant()), ada.version());

    assertRefusedToRefresh(session);

    assertThat(accounts.refreshTokenStore.findByHash(RefreshTokens.hash(session.refreshToken())))
        .hasValueSatisfying(stored -> assertThat(stored.revokedAt()).isPresent());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"not a token", "an-unknown-token"})
  void refuses_what_it_never_issued(String token) {
    Accounts.assertRefused(
        () -> accounts.refresh.refresh(new RefreshSessionUseCase.Command(token)),
        Kind.BAD_CREDENTIALS,
        INVALID_REFRESH_TOKEN);
  }

  @Test
  void refuses_a_token_beyond_the_maximum_length() {
    Accounts.assertRefused(
        () -> accounts.refresh.refresh(new RefreshSessionUseCase.Command("x".repeat(257))),
        Kind.BAD_CREDENTIALS,
        INVALID_REFRESH_TOKEN);
  }
}
