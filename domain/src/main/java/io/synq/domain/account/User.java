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
 *
 * <p>Every ID token issued to the user names the {@code tokenGeneration} it was issued in, and only
 * tokens of the current generation count. A change that must not leave earlier tokens working (a
 * new role, being disabled, signing out everywhere) starts the next generation: a counter, not a
 * time, so that no token issued in the same second as the change is mistaken for earlier or later.
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
    long version,
    long tokenGeneration) {

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
    if (tokenGeneration < 0) {
      throw new IllegalArgumentException("tokenGeneration must not be negative");
    }
  }

  /** A new, enabled user, version 1, in its first token generation. */
  public static User create(
      OrgScope scope, Email email, Role role, String passwordHash, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    return new User(UserId.random(), scope, email, role, false, passwordHash, at, at, 1, 0);
  }

  /** This user with the given role, one version later; a new role revokes the tokens of the old. */
  public User withRole(Role newRole, Instant now) {
    return new User(
        id,
        scope,
        email,
        newRole,
        disabled,
        passwordHash,
        createdAt,
        micros(now),
        version + 1,
        newRole == role ? tokenGeneration : tokenGeneration + 1);
  }

  /** This user disabled or enabled, one version later; disabling revokes the user's tokens. */
  public User withDisabled(boolean newDisabled, Instant now) {
    return new User(
        id,
        scope,
        email,
        role,
        newDisabled,
        passwordHash,
        createdAt,
        micros(now),
        version + 1,
        newDisabled && !disabled ? tokenGeneration + 1 : tokenGeneration);
  }

  /** This user with every ID token issued so far revoked, one version later. */
  public User withTokensRevoked(Instant now) {
    return new User(
        id,
        scope,
        email,
        role,
        disabled,
        passwordHash,
        createdAt,
        micros(now),
        version + 1,
        tokenGeneration + 1);
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
        + ", tokenGeneration="
        + tokenGeneration
        + "]";
  }
}
