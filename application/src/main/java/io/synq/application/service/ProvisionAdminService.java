package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.time.Clock;

public final class ProvisionAdminService implements ProvisionAdminUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final Clock clock;

  public ProvisionAdminService(UserRepository users, PasswordHasher hasher, Clock clock) {
    this.users = requireNonNull(users, "users");
    this.hasher = requireNonNull(hasher, "hasher");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public User provision(OrgScope scope, String email, String password) {
    User admin =
        User.create(
            scope,
            new Email(email),
            Role.ADMIN,
            hasher.hash(Password.forNewAccount(password)),
            clock.instant());
    users.insert(admin);
    return admin;
  }
}
