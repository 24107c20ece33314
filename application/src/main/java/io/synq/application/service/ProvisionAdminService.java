package io.synq.application.service;

import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import java.time.Clock;

public final class ProvisionAdminService implements ProvisionAdminUseCase {
  private final UserEnrollment enrollment;

  public ProvisionAdminService(UserRepository users, PasswordHasher hasher, Clock clock) {
    this.enrollment = new UserEnrollment(users, hasher, clock);
  }

  @Override
  public User provision(Command command) {
    return enrollment.enroll(command.scope(), command.email(), Role.ADMIN, command.password());
  }
}
