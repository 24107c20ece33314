package io.synq.domain.account;

import io.synq.domain.DomainException;
import io.synq.domain.Text;

/**
 * A password in clear, as a user typed it: only ever held briefly, on its way to the hasher. Never
 * printed.
 */
public record Password(String value) {
  public static final int MIN_LENGTH = 12;

  /** Bounds the work a single sign-in can cost the hasher. */
  public static final int MAX_LENGTH = 256;

  public Password {
    if (value == null) {
      throw DomainException.invalid("password is required");
    }
  }

  /** A password acceptable for a new account: 12-256 characters. */
  public static Password forNewAccount(String value) {
    Password password = new Password(value);
    int length = Text.length(value);
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw DomainException.invalid(
          "password must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters");
    }
    return password;
  }

  /** Whether it could be anyone's password at all (sign-in checks nothing else before hashing). */
  public boolean plausible() {
    return !value.isEmpty() && Text.length(value) <= MAX_LENGTH;
  }

  @Override
  public String toString() {
    return "Password[****]";
  }
}
