package io.synq.domain.account;

import static java.util.Objects.requireNonNull;

import io.synq.domain.DomainException;
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
    try {
      UUID uuid = UUID.fromString(text);
      if (uuid.toString().equalsIgnoreCase(text)) {
        return new UserId(uuid);
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      // fall through
    }
    throw DomainException.invalid("user id must be a UUID");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
