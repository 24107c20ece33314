package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format of the reference implementation: {@code
 * $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>}, salt and hash in unpadded
 * standard base64.
 */
final class Argon2idHash {
  static final int MIN_SALT_BYTES = 8;
  static final int MAX_SALT_BYTES = 64;
  static final int MIN_HASH_BYTES = 16;
  static final int MAX_HASH_BYTES = 64;

  // Digit counts keep the numbers far from int overflow; Argon2idCost bounds them exactly.
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})"
              + "\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final Argon2idCost cost;
  private final byte[] salt;
  private final byte[] hash;

  Argon2idHash(Argon2idCost cost, byte[] salt, byte[] hash) {
    this.cost = requireNonNull(cost, "cost");
    this.salt = salt.clone();
    this.hash = hash.clone();
    requireLength(salt, MIN_SALT_BYTES, MAX_SALT_BYTES, "salt");
    requireLength(hash, MIN_HASH_BYTES, MAX_HASH_BYTES, "hash");
  }

  /** The hash the string encodes; empty for anything else, including a cost out of bounds. */
  static Optional<Argon2idHash> parse(String encoded) {
    if (encoded == null) {
      return Optional.empty();
    }
    Matcher phc = PHC.matcher(encoded);
    if (!phc.matches()) {
      return Optional.empty();
    }
    try {
      Argon2idCost cost =
          new Argon2idCost(
              Integer.parseInt(phc.group(1)),
              Integer.parseInt(phc.group(2)),
              Integer.parseInt(phc.group(3)));
      return Optional.of(
          new Argon2idHash(cost, DECODER.decode(phc.group(4)), DECODER.decode(phc.group(5))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  Argon2idCost cost() {
    return cost;
  }

  byte[] salt() {
    return salt.clone();
  }

  byte[] hash() {
    return hash.clone();
  }

  String encoded() {
    return "$argon2id$v=19$m="
        + cost.memoryKib()
        + ",t="
        + cost.iterations()
        + ",p="
        + cost.parallelism()
        + "$"
        + ENCODER.encodeToString(salt)
        + "$"
        + ENCODER.encodeToString(hash);
  }

  private static void requireLength(byte[] bytes, int min, int max, String name) {
    if (bytes.length < min || bytes.length > max) {
      throw new IllegalArgumentException(name + " must be " + min + "-" + max + " bytes");
    }
  }
}
