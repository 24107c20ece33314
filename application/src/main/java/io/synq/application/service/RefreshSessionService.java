package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.TokenPair;
import io.synq.application.port.out.IdTokenIssuer;
import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.RefreshTokenStore.Rotation;
import io.synq.application.port.out.StoredRefreshToken;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.account.User;
import java.time.Clock;
import java.time.Instant;

/**
 * Rotates refresh tokens: each one works once. Presenting a used one again means it was copied, so
 * the whole chain is revoked and the legitimate holder has to sign in again too.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {
  private final RefreshTokenStore store;
  private final RefreshTokens refreshTokens;
  private final UserRepository users;
  private final IdTokenIssuer idTokens;
  private final Clock clock;

  public RefreshSessionService(
      RefreshTokenStore store,
      RefreshTokens refreshTokens,
      UserRepository users,
      IdTokenIssuer idTokens,
      Clock clock) {
    this.store = requireNonNull(store, "store");
    this.refreshTokens = requireNonNull(refreshTokens, "refreshTokens");
    this.users = requireNonNull(users, "users");
    this.idTokens = requireNonNull(idTokens, "idTokens");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public TokenPair refresh(Command command) {
    String refreshToken = command.refreshToken();
    if (!RefreshTokens.isPlausible(refreshToken)) {
      throw invalid();
    }
    Instant now = clock.instant();
    String hash = RefreshTokens.hash(refreshToken);
    StoredRefreshToken stored = store.findByHash(hash).orElseThrow(RefreshSessionService::invalid);
    User user =
        users
            .find(stored.scope(), stored.userId())
            .filter(u -> !u.disabled())
            .orElseThrow(
                () -> {
                  store.revokeFamily(stored.familyId(), now);
                  return invalid();
                });
    RefreshTokens.Minted next = refreshTokens.mint(user, stored.familyId(), now);
    if (store.rotate(hash, next.stored(), now) != Rotation.ROTATED) {
      throw invalid();
    }
    return new TokenPair(idTokens.issue(user), next.token(), IdTokenIssuer.LIFETIME);
  }

  private static DomainException invalid() {
    return DomainException.badCredentials(INVALID_REFRESH_TOKEN);
  }
}
