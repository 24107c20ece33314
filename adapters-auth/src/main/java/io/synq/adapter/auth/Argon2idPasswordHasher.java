package io.synq.adapter.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.PasswordHasher;
import io.synq.domain.account.Password;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) on Bouncy Castle, encoded as a PHC string that other Argon2 libraries read.
 *
 * <p>New hashes use the configured cost, a random 16-byte salt and a 32-byte hash. A stored hash is
 * checked with the cost it records, so raising the cost later keeps existing passwords working.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  private final Argon2idCost cost;
  private final SecureRandom random = new SecureRandom();

  public Argon2idPasswordHasher(Argon2idCost cost) {
    this.cost = requireNonNull(cost, "cost");
  }

  /** A hasher at {@link Argon2idCost#DEFAULT}. */
  public static Argon2idPasswordHasher withDefaultCost() {
    return new Argon2idPasswordHasher(Argon2idCost.DEFAULT);
  }

  @Override
  public String hash(Password password) {
    requireNonNull(password, "password");
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, cost, salt, HASH_BYTES);
    return new Argon2idHash(cost, salt, hash).encoded();
  }

  @Override
  public boolean matches(Password password, String encodedHash) {
    requireNonNull(password, "password");
    return Argon2idHash.parse(encodedHash)
        .map(
            stored -> {
              byte[] expected = stored.hash();
              byte[] actual = derive(password, stored.cost(), stored.salt(), expected.length);
              return MessageDigest.isEqual(expected, actual); // time depends on length only
            })
        .orElse(false);
  }

  private static byte[] derive(Password password, Argon2idCost cost, byte[] salt, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKib())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build());
    byte[] secret = password.value().getBytes(UTF_8);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(secret, out);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    return out;
  }
}
