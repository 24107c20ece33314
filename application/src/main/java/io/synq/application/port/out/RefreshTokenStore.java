package io.synq.application.port.out;

import io.synq.domain.account.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Refresh tokens, kept only as hashes. Each sign-in starts a chain (a family); each refresh uses
 * one token up and adds the next to its chain.
 */
public interface RefreshTokenStore {
  void insert(StoredRefreshToken token);

  Optional<StoredRefreshToken> findByHash(String tokenHash);

  /**
   * Marks the token used, once: true for the one caller that got it, false when it was already used
   * (a replay) or is gone.
   */
  boolean markUsed(String tokenHash, Instant at);

  /** Revokes every token of the chain, so none of them refreshes again. */
  void revokeFamily(String familyId, Instant at);

  /** Revokes every token of every chain of the user: signing out everywhere. */
  void revokeUser(UserId userId, Instant at);

  /** Whether any token of the chain has been revoked, which ends the whole chain. */
  boolean isFamilyRevoked(String familyId);
}
