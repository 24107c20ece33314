package io.synq.application.testing;

import io.synq.application.port.out.PasswordHasher;
import io.synq.domain.account.Password;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast {@link PasswordHasher} for tests only: an unsalted SHA-256, far too cheap to guard real
 * passwords. Counts {@link #matches} calls, so tests can see that every sign-in does the same
 * hashing work.
 */
public final class TestPasswordHasher implements PasswordHasher {
  private static final String PREFIX = "test-sha256$";

  private final AtomicInteger hashCalls = new AtomicInteger();
  private final AtomicInteger matchesCalls = new AtomicInteger();

  @Override
  public String hash(Password password) {
    hashCalls.incrementAndGet();
    return encoded(password);
  }

  private static String encoded(Password password) {
    return PREFIX + sha256(password.value());
  }

  @Override
  public boolean matches(Password password, String encodedHash) {
    matchesCalls.incrementAndGet();
    return encodedHash != null
        && encodedHash.startsWith(PREFIX)
        && MessageDigest.isEqual(
            encoded(password).getBytes(StandardCharsets.UTF_8),
            encodedHash.getBytes(StandardCharsets.UTF_8));
  }

  /** How often {@link #hash} has been called so far. */
  public int hashCalls() {
    return hashCalls.get();
  }

  /** How often {@link #matches} has been called so far. */
  public int matchesCalls() {
    return matchesCalls.get();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
