package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.time.Clock;

/** Adds a user with a new password: what an admin's request and the CLI's provisioning share. */
final class UserEnrollment {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final Clock clock;

  UserEnrollment(UserRepository users, PasswordHasher hasher, Clock clock) {
    this.users = requireNonNull(users, "users");
    this.hasher = requireNonNull(hasher, "hasher");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * @throws io.synq.domain.DomainException {@code INVALID} input, {@code CONFLICT} taken email
   */
  User enroll(OrgScope scope, Email email, Role role, Password password) {
    String hash = hasher.hash(password);
    User user = User.create(scope, email, role, hash, clock.instant());
    users.insert(user);
    return user;
  }
}
