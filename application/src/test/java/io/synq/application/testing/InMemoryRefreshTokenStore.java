package io.synq.application.testing;

import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.StoredRefreshToken;
import io.synq.domain.DomainException;
import io.synq.domain.account.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link RefreshTokenStore} in memory. Thread-safe; {@link #markUsed} is atomic, so exactly one
 * of many concurrent callers gets true.
 */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {
  private final Map<String, StoredRefreshToken> byHash = new ConcurrentHashMap<>();

  @Override
  public void insert(StoredRefreshToken token) {
    if (byHash.putIfAbsent(token.tokenHash(), token) != null) {
      throw DomainException.conflict("refresh token already exists");
    }
  }

  @Override
  public Optional<StoredRefreshToken> findByHash(String tokenHash) {
    return Optional.ofNullable(byHash.get(tokenHash));
  }

  @Override
  public boolean markUsed(String tokenHash, Instant at) {
    boolean[] marked = {false};
    byHash.computeIfPresent(
        tokenHash,
        (hash, token) -> {
          if (token.usedAt().isPresent() || token.revokedAt().isPresent()) {
            return token;
          }
          marked[0] = true;
          return copy(token, Optional.of(at), token.revokedAt());
        });
    return marked[0];
  }

  @Override
  public boolean isFamilyRevoked(String familyId) {
    return byHash.values().stream()
        .anyMatch(token -> token.familyId().equals(familyId) && token.revokedAt().isPresent());
  }

  @Override
  public void revokeFamily(String familyId, Instant at) {
    byHash.replaceAll(
        (hash, token) ->
            token.familyId().equals(familyId) && token.revokedAt().isEmpty()
                ? copy(token, token.usedAt(), Optional.of(at))
                : token);
  }

  @Override
  public void revokeUser(UserId userId, Instant at) {
    byHash.replaceAll(
        (hash, token) ->
            token.userId().equals(userId) && token.revokedAt().isEmpty()
                ? copy(token, token.usedAt(), Optional.of(at))
                : token);
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
