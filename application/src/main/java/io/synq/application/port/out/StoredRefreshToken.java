package io.synq.application.port.out;

import static java.util.Objects.requireNonNull;

import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.util.Optional;

/** A refresh token as stored: its hash, its chain, whose it is and its life. */
public record StoredRefreshToken(
    String tokenHash,
    String familyId,
    UserId userId,
    OrgScope scope,
    Instant issuedAt,
    Instant expiresAt,
    Optional<Instant> usedAt,
    Optional<Instant> revokedAt) {

  public StoredRefreshToken {
    requireNonNull(tokenHash, "tokenHash");
    requireNonNull(familyId, "familyId");
    requireNonNull(userId, "userId");
    requireNonNull(scope, "scope");
    requireNonNull(issuedAt, "issuedAt");
    requireNonNull(expiresAt, "expiresAt");
    requireNonNull(usedAt, "usedAt");
    requireNonNull(revokedAt, "revokedAt");
  }

  @Override
  public String toString() {
    return "StoredRefreshToken[family=" + familyId + ", user=" + userId + "]";
  }
}
