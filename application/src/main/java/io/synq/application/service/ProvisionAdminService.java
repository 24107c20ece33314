package io.synq.application.service;

import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.time.Clock;

public final class ProvisionAdminService implements ProvisionAdminUseCase {
  private final UserEnrollment enrollment;

  public ProvisionAdminService(UserRepository users, PasswordHasher hasher, Clock clock) {
    this.enrollment = new UserEnrollment(users, hasher, clock);
  }

  @Override
  public User provision(OrgScope scope, String email, String password) {
    return enrollment.enroll(scope, email, Role.ADMIN, password);
  }
}
