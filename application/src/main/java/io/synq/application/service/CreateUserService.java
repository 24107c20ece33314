package io.synq.application.service;

import io.synq.application.port.in.CreateUserUseCase;
import io.synq.application.port.in.Operation;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.account.User;
import java.time.Clock;

public final class CreateUserService implements CreateUserUseCase {
  private final UserEnrollment enrollment;
  private final CurrentAccountService accounts;

  public CreateUserService(UserRepository users, PasswordHasher hasher, Clock clock) {
    this.enrollment = new UserEnrollment(users, hasher, clock);
    this.accounts = new CurrentAccountService(users);
  }

  @Override
  public User create(Command command) {
    accounts.currentOf(command.caller()).require(Operation.CREATE_USER.permission());
    return enrollment.enroll(
        command.caller().scope(), command.email(), command.role(), command.password());
  }
}
