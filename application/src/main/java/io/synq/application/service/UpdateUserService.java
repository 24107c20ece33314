package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.Operation;
import io.synq.application.port.in.UpdateUserUseCase;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a role or disabled change to the user as stored now (see {@link UserChanges}), so
 * concurrent administrators never undo each other's changes.
 */
public final class UpdateUserService implements UpdateUserUseCase {
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
    accounts.currentOf(command.caller()).require(Operation.UPDATE_USER.permission());
    if (command.role().isEmpty() && command.disabled().isEmpty()) {
      throw DomainException.invalid("give role or disabled");
    }
    return UserChanges.apply(
        users, command.caller().scope(), command.id(), user -> changed(user, command));
  }

  private User changed(User user, Command command) {
    Optional<Role> role = command.role();
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
