package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.UpdateUserUseCase;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.access.Permission;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a role or disabled change to the user as stored now. The write is conditional on the
 * version read, and a change that lost a race is applied again to what won, so concurrent
 * administrators never undo each other's changes (a disable lost to a role change, say).
 */
public final class UpdateUserService implements UpdateUserUseCase {
  /** Reads and conditional writes before a change that keeps losing races gives up as stale. */
  private static final int ATTEMPTS = 3;

  private final UserRepository users;
  private final CurrentAccountService accounts;
  private final Clock clock;

  public UpdateUserService(UserRepository users, Clock clock) {
    this.users = requireNonNull(users, "users");
    this.accounts = new CurrentAccountService(users);
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public User update(Command command) {
    accounts.current(command.caller()).require(Permission.USER_MANAGE);
    if (command.role().isEmpty() && command.disabled().isEmpty()) {
      throw DomainException.invalid("give role or disabled");
    }
    Optional<Role> role = command.role().map(Role::parse);
    for (int attempt = 1; ; attempt++) {
      User user =
          users
              .find(command.caller().scope(), command.id())
              .orElseThrow(() -> DomainException.notFound("no such user"));
      User updated = changed(user, command, role);
      try {
        users.update(updated, user.version());
        return updated;
      } catch (DomainException e) {
        if (e.kind() != DomainException.Kind.STALE || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private User changed(User user, Command command, Optional<Role> role) {
    boolean self = user.id().toString().equals(command.caller().subject());
    if (self
        && (command.disabled().orElse(false) || role.filter(r -> r != Role.ADMIN).isPresent())) {
      throw DomainException.conflict("administrators cannot disable or demote themselves");
    }
    Instant now = clock.instant();
    User updated = role.map(r -> user.withRole(r, now)).orElse(user);
    return command.disabled().map(d -> updated.withDisabled(d, now)).orElse(updated);
  }
}
