package io.synq.domain.account;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Role;
import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A person who signs in: member of one organization, with one role there. The password is kept only
 * as a hash whose format the hasher owns. Each change yields the next {@code version}, so that a
 * store can refuse a change made to a state that is no longer current.
 */
public record User(
    UserId id,
    OrgScope scope,
    Email email,
    Role role,
    boolean disabled,
    String passwordHash,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public User {
    requireNonNull(id, "id");
    requireNonNull(scope, "scope");
    requireNonNull(email, "email");
    requireNonNull(role, "role");
    requireNonNull(passwordHash, "passwordHash");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be positive");
    }
  }

  /** A new, enabled user, version 1. */
  public static User create(
      OrgScope scope, Email email, Role role, String passwordHash, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    return new User(UserId.random(), scope, email, role, false, passwordHash, at, at, 1);
  }

  /** This user with the given role, one version later. */
  public User withRole(Role newRole, Instant now) {
    return new User(
        id, scope, email, newRole, disabled, passwordHash, createdAt, micros(now), version + 1);
  }

  /** This user disabled or enabled, one version later. */
  public User withDisabled(boolean newDisabled, Instant now) {
    return new User(
        id, scope, email, role, newDisabled, passwordHash, createdAt, micros(now), version + 1);
  }

  private static Instant micros(Instant now) {
    return now.truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public String toString() {
    return "User[id="
        + id
        + ", scope="
        + scope
        + ", role="
        + role
        + ", disabled="
        + disabled
        + ", version="
        + version
        + "]";
  }
}
