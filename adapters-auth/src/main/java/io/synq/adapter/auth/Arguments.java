package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

/** Checks of the arguments this adapter's public factories take. */
final class Arguments {
  private Arguments() {}

  static String requireNonBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
