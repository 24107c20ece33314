package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.TokenGenerations;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.util.OptionalLong;

/** The token generations as the user repository holds them now: no cache, no staleness. */
public final class StoredTokenGenerations implements TokenGenerations {
  private final UserRepository users;

  public StoredTokenGenerations(UserRepository users) {
    this.users = requireNonNull(users, "users");
  }

  @Override
  public OptionalLong current(OrgScope scope, String subject) {
    return CurrentAccountService.enabledAccount(users, scope, subject)
        .map(User::tokenGeneration)
        .map(OptionalLong::of)
        .orElse(OptionalLong.empty());
  }
}
