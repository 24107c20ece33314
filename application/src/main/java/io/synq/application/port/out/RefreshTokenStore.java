package io.synq.application.port.out;

import io.synq.domain.account.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Refresh tokens, kept only as hashes. Each sign-in starts a chain (a family); each refresh uses
 * one token up and adds the next to its chain. Every step on a chain is atomic with respect to
 * every other step on the same chain, from any instance sharing the store: implementations lock the
 * chain rather than check it again afterwards.
 */
public interface RefreshTokenStore {
  /** Starts a chain with its first token, at sign-in. */
  void startChain(StoredRefreshToken first);

  Optional<StoredRefreshToken> findByHash(String tokenHash);

  /**
   * The whole refresh step, with the chain locked: if the presented token is the live one of the
   * successor's chain, it is used up and the successor stored ({@link Rotation#ROTATED}); if it was
   * used before, it was copied, and the whole chain is revoked ({@link Rotation#REPLAYED}); if it
   * is unknown, of another chain, expired or revoked, nothing changes ({@link Rotation#REFUSED}).
   * Of concurrent rotations of one token exactly one is {@code ROTATED}.
   */
  Rotation rotate(String presentedHash, StoredRefreshToken successor, Instant now);

  /** Revokes every token of the chain, so none of them refreshes again; the first time stays. */
  void revokeFamily(String familyId, Instant at);

  /** Revokes every token of every chain of the user: signing out everywhere. */
  void revokeUser(UserId userId, Instant at);

  /**
   * Deletes the tokens that expired before {@code cutoff}, and the chains whose every token has.
   *
   * @return how many tokens were deleted
   */
  int deleteExpiredBefore(Instant cutoff);

  /** What a {@link #rotate} did. */
  enum Rotation {
    ROTATED,
    REPLAYED,
    REFUSED
  }
}
