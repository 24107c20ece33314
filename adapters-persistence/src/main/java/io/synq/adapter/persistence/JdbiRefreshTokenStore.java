package io.synq.adapter.persistence;

import static io.synq.adapter.persistence.Timestamps.fromColumn;
import static io.synq.adapter.persistence.Timestamps.optionalFromColumn;
import static io.synq.adapter.persistence.Timestamps.toColumn;

import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.port.out.StoredRefreshToken;
import io.synq.domain.DomainException;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@link RefreshTokenStore} on the {@code refresh_family} and {@code refresh_token} tables.
 * Every step on a chain runs in one transaction that first locks the chain's {@code refresh_family}
 * row, so steps on one chain from any number of instances run one after the other: of concurrent
 * rotations one wins, and a revocation sees every successor a rotation stored before it.
 */
public final class JdbiRefreshTokenStore implements RefreshTokenStore {
  private static final String COLUMNS =
      """
      token_hash, family_id, user_id, tenant_id, org_id, issued_at, expires_at, used_at,
      revoked_at""";

  private static final String INSERT_FAMILY =
      """
      INSERT INTO refresh_family (family_id, user_id, tenant_id, last_expires_at)
      VALUES (:family, :user, :tenant, :expiresAt)""";

  private static final String INSERT =
      """
      INSERT INTO refresh_token (%s)
      VALUES (:hash, :family, :user, :tenant, :org, :issuedAt, :expiresAt, NULL, NULL)"""
          .formatted(COLUMNS);

  private static final String FIND =
      "SELECT %s FROM refresh_token WHERE token_hash = :hash".formatted(COLUMNS);

  /** The chain lock: null revoked_at for a live chain, no row for an unknown one. */
  private static final String LOCK_FAMILY =
      "SELECT revoked_at FROM refresh_family WHERE family_id = :family FOR UPDATE";

  private static final String MARK_USED =
      "UPDATE refresh_token SET used_at = :at WHERE token_hash = :hash";

  private static final String EXTEND_FAMILY =
      "UPDATE refresh_family SET last_expires_at = :expiresAt WHERE family_id = :family";

  private static final String REVOKE_FAMILY_ROW =
      "UPDATE refresh_family SET revoked_at = :at WHERE family_id = :family AND revoked_at IS NULL";

  private static final String REVOKE_FAMILY_TOKENS =
      "UPDATE refresh_token SET revoked_at = :at WHERE family_id = :family AND revoked_at IS NULL";

  private static final String REVOKE_USER_ROWS =
      "UPDATE refresh_family SET revoked_at = :at WHERE user_id = :user AND revoked_at IS NULL";

  private static final String REVOKE_USER_TOKENS =
      "UPDATE refresh_token SET revoked_at = :at WHERE user_id = :user AND revoked_at IS NULL";

  private static final String DELETE_EXPIRED_TOKENS =
      "DELETE FROM refresh_token WHERE expires_at < :cutoff";

  /** A chain's newest token expires last, so these chains have no token left. */
  private static final String DELETE_EXPIRED_FAMILIES =
      "DELETE FROM refresh_family WHERE last_expires_at < :cutoff";

  private final Jdbi jdbi;

  public JdbiRefreshTokenStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void startChain(StoredRefreshToken first) {
    try {
      jdbi.useTransaction(
          handle -> {
            RowScope.set(handle, RowScope.TENANT, first.scope().tenant().value());
            handle
                .createUpdate(INSERT_FAMILY)
                .bind("family", first.familyId())
                .bind("user", first.userId().value())
                .bind("tenant", first.scope().tenant().value())
                .bind("expiresAt", toColumn(first.expiresAt()))
                .execute();
            insert(handle, first);
          });
    } catch (UnableToExecuteStatementException e) {
      if (SqlFailures.isUniqueViolation(e)) {
        throw DomainException.conflict("refresh token already exists");
      }
      throw e;
    }
  }

  private static void insert(Handle handle, StoredRefreshToken token) {
    ScopeBinding.bind(handle.createUpdate(INSERT), token.scope())
        .bind("hash", token.tokenHash())
        .bind("family", token.familyId())
        .bind("user", token.userId().value())
        .bind("issuedAt", toColumn(token.issuedAt()))
        .bind("expiresAt", toColumn(token.expiresAt()))
        .execute();
  }

  @Override
  public Optional<StoredRefreshToken> findByHash(String tokenHash) {
    return RowScope.with(
        jdbi, Map.of(RowScope.REFRESH_TOKEN, tokenHash), handle -> find(handle, tokenHash));
  }

  private static Optional<StoredRefreshToken> find(Handle handle, String tokenHash) {
    return handle
        .createQuery(FIND)
        .bind("hash", tokenHash)
        .map(JdbiRefreshTokenStore::toToken)
        .findOne();
  }

  @Override
  public Rotation rotate(String presentedHash, StoredRefreshToken successor, Instant now) {
    return jdbi.inTransaction(
        handle -> {
          RowScope.set(handle, RowScope.REFRESH_TOKEN, presentedHash);
          RowScope.set(handle, RowScope.TENANT, successor.scope().tenant().value());
          Optional<Optional<Instant>> chain = lockFamily(handle, successor.familyId());
          if (chain.isEmpty() || chain.get().isPresent()) {
            return Rotation.REFUSED; // no such chain, or revoked
          }
          // Read under the lock: no other step on this chain runs until this one commits.
          Optional<StoredRefreshToken> presented = find(handle, presentedHash);
          if (presented.isEmpty()
              || !presented.get().familyId().equals(successor.familyId())
              || presented.get().revokedAt().isPresent()
              || !now.isBefore(presented.get().expiresAt())) {
            return Rotation.REFUSED;
          }
          if (presented.get().usedAt().isPresent()) {
            revokeFamily(handle, successor.familyId(), now);
            return Rotation.REPLAYED;
          }
          handle
              .createUpdate(MARK_USED)
              .bind("hash", presentedHash)
              .bind("at", toColumn(now))
              .execute();
          insert(handle, successor);
          handle
              .createUpdate(EXTEND_FAMILY)
              .bind("family", successor.familyId())
              .bind("expiresAt", toColumn(successor.expiresAt()))
              .execute();
          return Rotation.ROTATED;
        });
  }

  /** Locks the chain's row: empty for no such chain, else when it was revoked, if it was. */
  private static Optional<Optional<Instant>> lockFamily(Handle handle, String familyId) {
    return handle
        .createQuery(LOCK_FAMILY)
        .bind("family", familyId)
        .map((row, context) -> optionalFromColumn(row, "revoked_at"))
        .findOne();
  }

  @Override
  public void revokeFamily(String familyId, Instant at) {
    jdbi.useTransaction(handle -> revokeFamily(handle, familyId, at));
  }

  /** The chain's row first: the update waits for a rotation in flight, then sees its successor. */
  private static void revokeFamily(Handle handle, String familyId, Instant at) {
    RowScope.set(handle, RowScope.REFRESH_FAMILY, familyId);
    handle
        .createUpdate(REVOKE_FAMILY_ROW)
        .bind("family", familyId)
        .bind("at", toColumn(at))
        .execute();
    handle
        .createUpdate(REVOKE_FAMILY_TOKENS)
        .bind("family", familyId)
        .bind("at", toColumn(at))
        .execute();
  }

  @Override
  public void revokeUser(UserId userId, Instant at) {
    jdbi.useTransaction(
        handle -> {
          RowScope.set(handle, RowScope.REFRESH_USER, userId.value().toString());
          handle
              .createUpdate(REVOKE_USER_ROWS)
              .bind("user", userId.value())
              .bind("at", toColumn(at))
              .execute();
          handle
              .createUpdate(REVOKE_USER_TOKENS)
              .bind("user", userId.value())
              .bind("at", toColumn(at))
              .execute();
        });
  }

  @Override
  public int deleteExpiredBefore(Instant cutoff) {
    return jdbi.inTransaction(
        handle -> {
          RowScope.set(handle, RowScope.HOUSEKEEPING, RowScope.ON);
          int tokens =
              handle.createUpdate(DELETE_EXPIRED_TOKENS).bind("cutoff", toColumn(cutoff)).execute();
          handle.createUpdate(DELETE_EXPIRED_FAMILIES).bind("cutoff", toColumn(cutoff)).execute();
          return tokens;
        });
  }

  private static StoredRefreshToken toToken(ResultSet row, StatementContext context)
      throws SQLException {
    return new StoredRefreshToken(
        row.getString("token_hash"),
        row.getString("family_id"),
        new UserId(row.getObject("user_id", UUID.class)),
        OrgScope.of(row.getString("tenant_id"), row.getString("org_id")),
        fromColumn(row, "issued_at"),
        fromColumn(row, "expires_at"),
        optionalFromColumn(row, "used_at"),
        optionalFromColumn(row, "revoked_at"));
  }
}
