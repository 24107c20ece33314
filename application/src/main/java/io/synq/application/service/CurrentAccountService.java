package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.access.Caller;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import java.util.Optional;

public final class CurrentAccountService implements CurrentAccountUseCase {
  private final UserRepository users;

  public CurrentAccountService(UserRepository users) {
    this.users = requireNonNull(users, "users");
  }

  @Override
  public Caller current(Caller caller) {
    User account =
        userId(caller.subject())
            .flatMap(id -> users.find(caller.scope(), id))
            .filter(user -> !user.disabled())
            .orElseThrow(() -> DomainException.unauthenticated(NO_ACCOUNT));
    return new Caller(caller.subject(), caller.scope(), account.role());
  }

  /** A token minted without an account (the CLI's) has a subject that is no user id. */
  private static Optional<UserId> userId(String subject) {
    try {
      return Optional.of(UserId.parse(subject));
    } catch (DomainException notAUserId) {
      return Optional.empty();
    }
  }
}
