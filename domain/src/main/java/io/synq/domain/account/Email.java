package io.synq.domain.account;

import io.synq.domain.DomainException;
import io.synq.domain.Text;
import java.util.Locale;
import java.util.Optional;

/**
 * A user's email address, the sign-in name. Unique across the service regardless of case, so it is
 * kept in lower case.
 */
public record Email(String value) {
  public static final int MAX_LENGTH = 254;

  public Email {
    if (value == null) {
      throw DomainException.invalid("email is required");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    int at = value.indexOf('@');
    if (Text.length(value) > MAX_LENGTH
        || at < 1
        || at != value.lastIndexOf('@')
        || at == value.length() - 1
        || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw DomainException.invalid("email must be an address such as ada@example.com");
    }
  }

  /** The address, when the value is one; for input that must not say whether it was. */
  public static Optional<Email> ifValid(String value) {
    try {
      return Optional.of(new Email(value));
    } catch (DomainException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
