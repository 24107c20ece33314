package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.SignOutUseCase;
import io.synq.application.port.out.RefreshTokenStore;
import java.time.Clock;

public final class SignOutService implements SignOutUseCase {
  private final RefreshTokenStore store;
  private final Clock clock;

  public SignOutService(RefreshTokenStore store, Clock clock) {
    this.store = requireNonNull(store, "store");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public void signOut(Command command) {
    String refreshToken = command.refreshToken();
    if (!RefreshTokens.isPlausible(refreshToken)) {
      return;
    }
    store
        .findByHash(RefreshTokens.hash(refreshToken))
        .ifPresent(token -> store.revokeFamily(token.familyId(), clock.instant()));
  }
}
