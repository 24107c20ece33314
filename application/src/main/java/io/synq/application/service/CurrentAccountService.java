package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.access.Caller;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;

public final class CurrentAccountService implements CurrentAccountUseCase {
  private final UserRepository users;

  public CurrentAccountService(UserRepository users) {
    this.users = requireNonNull(users, "users");
  }

  @Override
  public Caller current(Caller caller) {
    User account =
        // A token minted without an account (the CLI's) has a subject that is no user id.
        UserId.tryParse(caller.subject())
            .flatMap(id -> users.find(caller.scope(), id))
            .filter(user -> !user.disabled())
            .orElseThrow(() -> DomainException.unauthenticated(NO_ACCOUNT));
    return new Caller(caller.subject(), caller.scope(), account.role());
  }
}
