package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.CreateUserUseCase;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.access.Permission;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import java.time.Clock;

public final class CreateUserService implements CreateUserUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final Clock clock;

  public CreateUserService(UserRepository users, PasswordHasher hasher, Clock clock) {
    this.users = requireNonNull(users, "users");
    this.hasher = requireNonNull(hasher, "hasher");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public User create(Command command) {
    command.caller().require(Permission.USER_MANAGE);
    Email email = new Email(command.email());
    Role role = Role.parse(command.role());
    Password password = Password.forNewAccount(command.password());
    User user =
        User.create(command.caller().scope(), email, role, hasher.hash(password), clock.instant());
    users.insert(user);
    return user;
  }
}
