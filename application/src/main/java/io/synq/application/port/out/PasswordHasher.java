package io.synq.application.port.out;

import io.synq.domain.account.Password;

/** One-way password hashing with a deliberately slow, salted function. */
public interface PasswordHasher {
  /** A self-describing encoded hash (algorithm, parameters, salt, hash). */
  String hash(Password password);

  /** Whether the password matches; false (never an exception) for an unreadable hash. */
  boolean matches(Password password, String encodedHash);
}
