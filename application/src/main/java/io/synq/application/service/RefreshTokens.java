package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.StoredRefreshToken;
import io.synq.domain.account.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes refresh tokens: 256 random bits, handed out once and stored only as their SHA-256 (a
 * high-entropy secret needs no slow hash).
 */
public final class RefreshTokens {
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final RefreshTokenStore store;
  private final Duration lifetime;

  public RefreshTokens(RefreshTokenStore store, Duration lifetime) {
    this.store = requireNonNull(store, "store");
    this.lifetime = requireNonNull(lifetime, "lifetime");
  }

  /** The first token of a new chain, stored: a sign-in. */
  String startChain(User user, Instant now) {
    Minted first = mint(user, newFamily(), now);
    store.startChain(first.stored());
    return first.token();
  }

  /** The next token of the chain, not stored yet: {@link RefreshTokenStore#rotate} does that. */
  Minted mint(User user, String familyId, Instant now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new Minted(
        token,
        new StoredRefreshToken(
            hash(token),
            familyId,
            user.id(),
            user.scope(),
            now,
            now.plus(lifetime),
            Optional.empty(),
            Optional.empty()));
  }

  /** A token to hand out once, and what is stored of it. */
  record Minted(String token, StoredRefreshToken stored) {
    @Override
    public String toString() {
      return "Minted[" + stored + "]";
    }
  }

  static String newFamily() {
    return UUID.randomUUID().toString();
  }

  /**
   * Whether a token a client sent could be one of ours, before anything is looked up: present and
   * not longer than any we mint, so that a huge value is not hashed.
   */
  static boolean isPlausible(String token) {
    return token != null && !token.isEmpty() && token.length() <= 256;
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
