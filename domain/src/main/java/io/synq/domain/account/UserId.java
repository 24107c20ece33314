package io.synq.domain.account;

import static java.util.Objects.requireNonNull;

import io.synq.domain.DomainException;
import java.util.Optional;
import java.util.UUID;

/** A user's identity; also the {@code sub} of the ID tokens issued to the user. */
public record UserId(UUID value) {
  public UserId {
    requireNonNull(value, "value");
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  public static UserId parse(String text) {
    return tryParse(text).orElseThrow(() -> DomainException.invalid("user id must be a UUID"));
  }

  /** The id the text spells, or empty for any other text (a subject that names no user, say). */
  public static Optional<UserId> tryParse(String text) {
    try {
      UUID uuid = UUID.fromString(text);
      if (uuid.toString().equalsIgnoreCase(text)) {
        return Optional.of(new UserId(uuid));
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      // fall through
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
