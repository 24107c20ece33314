package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.Operation;
import io.synq.application.port.in.SignOutEverywhereUseCase;
import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.access.Caller;
import io.synq.domain.account.UserId;
import java.time.Clock;
import java.time.Instant;

public final class SignOutEverywhereService implements SignOutEverywhereUseCase {
  private final UserRepository users;
  private final RefreshTokenStore refreshTokens;
  private final CurrentAccountService accounts;
  private final Clock clock;

  public SignOutEverywhereService(
      UserRepository users, RefreshTokenStore refreshTokens, Clock clock) {
    this.users = requireNonNull(users, "users");
    this.refreshTokens = requireNonNull(refreshTokens, "refreshTokens");
    this.accounts = new CurrentAccountService(users);
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public void signOutEverywhere(Command command) {
    Caller caller = command.caller();
    accounts.currentOf(caller).require(Operation.SIGN_OUT_EVERYWHERE.permission());
    UserId id = UserId.parse(caller.subject());
    Instant now = clock.instant();
    // The chains first: a refresh that slips in between issues a token of the old generation,
    // which the new generation then revokes. The other way round it would outlive both.
    refreshTokens.revokeUser(id, now);
    UserChanges.apply(users, caller.scope(), id, user -> user.withTokensRevoked(now));
  }
}
