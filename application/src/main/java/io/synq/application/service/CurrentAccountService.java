package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.access.Caller;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.util.Optional;

public final class CurrentAccountService implements CurrentAccountUseCase {
  private final UserRepository users;

  public CurrentAccountService(UserRepository users) {
    this.users = requireNonNull(users, "users");
  }

  @Override
  public Caller current(Query query) {
    return currentOf(query.caller());
  }

  /** What {@link #current} answers, for the use cases that re-read their caller first. */
  Caller currentOf(Caller caller) {
    User account =
        enabledAccount(users, caller.scope(), caller.subject())
            .orElseThrow(() -> DomainException.unauthenticated(NO_ACCOUNT));
    return new Caller(caller.subject(), caller.scope(), account.role());
  }

  /**
   * The enabled user a token's subject names in its scope, as stored now; empty for a disabled or
   * unknown one, and for a token minted without an account (the CLI's), whose subject is no user
   * id.
   */
  static Optional<User> enabledAccount(UserRepository users, OrgScope scope, String subject) {
    return UserId.tryParse(subject)
        .flatMap(id -> users.find(scope, id))
        .filter(user -> !user.disabled());
  }
}
