package io.synq.application.testing;

import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.StoredRefreshToken;
import io.synq.domain.DomainException;
import io.synq.domain.account.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link RefreshTokenStore} in memory. Every method holds the store's one lock, the in-memory
 * counterpart of the chain lock a database takes.
 */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {
  private final Map<String, StoredRefreshToken> byHash = new HashMap<>();

  @Override
  public synchronized void startChain(StoredRefreshToken first) {
    if (byHash.values().stream().anyMatch(t -> t.familyId().equals(first.familyId()))) {
      throw DomainException.conflict("the chain exists already");
    }
    insert(first);
  }

  private void insert(StoredRefreshToken token) {
    if (byHash.putIfAbsent(token.tokenHash(), token) != null) {
      throw DomainException.conflict("refresh token already exists");
    }
  }

  @Override
  public synchronized Optional<StoredRefreshToken> findByHash(String tokenHash) {
    return Optional.ofNullable(byHash.get(tokenHash));
  }

  @Override
  public synchronized Rotation rotate(
      String presentedHash, StoredRefreshToken successor, Instant now) {
    StoredRefreshToken presented = byHash.get(presentedHash);
    if (presented == null
        || !presented.familyId().equals(successor.familyId())
        || presented.revokedAt().isPresent()
        || !now.isBefore(presented.expiresAt())) {
      return Rotation.REFUSED;
    }
    if (presented.usedAt().isPresent()) {
      revokeFamily(presented.familyId(), now);
      return Rotation.REPLAYED;
    }
    byHash.put(presentedHash, copy(presented, Optional.of(now), presented.revokedAt()));
    insert(successor);
    return Rotation.ROTATED;
  }

  @Override
  public synchronized void revokeFamily(String familyId, Instant at) {
    byHash.replaceAll(
        (hash, token) ->
            token.familyId().equals(familyId) && token.revokedAt().isEmpty()
                ? copy(token, token.usedAt(), Optional.of(at))
                : token);
  }

  @Override
  public synchronized void revokeUser(UserId userId, Instant at) {
    byHash.replaceAll(
        (hash, token) ->
            token.userId().equals(userId) && token.revokedAt().isEmpty()
                ? copy(token, token.usedAt(), Optional.of(at))
                : token);
  }

  @Override
  public synchronized int deleteExpiredBefore(Instant cutoff) {
    int before = byHash.size();
    byHash.values().removeIf(token -> token.expiresAt().isBefore(cutoff));
    return before - byHash.size();
  }

  private static StoredRefreshToken copy(
      StoredRefreshToken token, Optional<Instant> usedAt, Optional<Instant> revokedAt) {
    return new StoredRefreshToken(
        token.tokenHash(),
        token.familyId(),
        token.userId(),
        token.scope(),
        token.issuedAt(),
        token.expiresAt(),
        usedAt,
        revokedAt);
  }
}
