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

public final class UpdateUserService implements UpdateUserUseCase {
  private final UserRepository users;
  private final Clock clock;

  public UpdateUserService(UserRepository users, Clock clock) {
    this.users = requireNonNull(users, "users");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public User update(Command command) {
    command.caller().require(Permission.USER_MANAGE);
    if (command.role().isEmpty() && command.disabled().isEmpty()) {
      throw DomainException.invalid("give role or disabled");
    }
    Role role = command.role().map(Role::parse).orElse(null);
    User user =
        users
            .find(command.caller().scope(), command.id())
            .orElseThrow(
                () -> DomainException.notFound("user " + command.id() + " does not exist"));
    boolean self = user.id().toString().equals(command.caller().subject());
    if (self && (command.disabled().orElse(false) || (role != null && role != Role.ADMIN))) {
      throw DomainException.conflict("administrators cannot disable or demote themselves");
    }
    Instant now = clock.instant();
    User updated = role == null ? user : user.withRole(role, now);
    if (command.disabled().isPresent()) {
      updated = updated.withDisabled(command.disabled().get(), now);
    }
    users.update(updated);
    return updated;
  }
}
