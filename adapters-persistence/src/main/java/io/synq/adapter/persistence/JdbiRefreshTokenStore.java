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
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@link RefreshTokenStore} on the {@code refresh_token} table. Using a token up is one
 * conditional update, so the database decides which of several concurrent refreshes wins.
 */
public final class JdbiRefreshTokenStore implements RefreshTokenStore {
  private static final String COLUMNS =
      "token_hash, family_id, user_id, tenant_id, org_id, issued_at, expires_at, used_at,"
          + " revoked_at";

  private static final String INSERT =
      "INSERT INTO refresh_token ("
          + COLUMNS
          + ") VALUES (:hash, :family, :user, :tenant, :org, :issuedAt, :expiresAt, :usedAt,"
          + " :revokedAt)";

  private static final String FIND =
      "SELECT " + COLUMNS + " FROM refresh_token WHERE token_hash = :hash";

  private static final String MARK_USED =
      "UPDATE refresh_token SET used_at = :at"
          + " WHERE token_hash = :hash AND used_at IS NULL AND revoked_at IS NULL";

  private static final String REVOKE_FAMILY =
      "UPDATE refresh_token SET revoked_at = :at WHERE family_id = :family AND revoked_at IS NULL";

  private static final String REVOKE_USER =
      "UPDATE refresh_token SET revoked_at = :at WHERE user_id = :user AND revoked_at IS NULL";

  private static final String FAMILY_REVOKED =
      "SELECT COUNT(*) FROM refresh_token WHERE family_id = :family AND revoked_at IS NOT NULL";

  private final Jdbi jdbi;

  public JdbiRefreshTokenStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void insert(StoredRefreshToken token) {
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate(INSERT)
                  .bind("hash", token.tokenHash())
                  .bind("family", token.familyId())
                  .bind("user", token.userId().value())
                  .bind("tenant", token.scope().tenant().value())
                  .bind("org", token.scope().organization().value())
                  .bind("issuedAt", toColumn(token.issuedAt()))
                  .bind("expiresAt", toColumn(token.expiresAt()))
                  .bindByType("usedAt", toColumn(token.usedAt()), OffsetDateTime.class)
                  .bindByType("revokedAt", toColumn(token.revokedAt()), OffsetDateTime.class)
                  .execute());
    } catch (UnableToExecuteStatementException e) {
      if (SqlFailures.isUniqueViolation(e)) {
        throw DomainException.conflict("refresh token already exists");
      }
      throw e;
    }
  }

  @Override
  public Optional<StoredRefreshToken> findByHash(String tokenHash) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(FIND)
                .bind("hash", tokenHash)
                .map(JdbiRefreshTokenStore::toToken)
                .findOne());
  }

  @Override
  public boolean markUsed(String tokenHash, Instant at) {
    int marked =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(MARK_USED)
                    .bind("hash", tokenHash)
                    .bind("at", toColumn(at))
                    .execute());
    return marked == 1;
  }

  @Override
  public void revokeFamily(String familyId, Instant at) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(REVOKE_FAMILY)
                .bind("family", familyId)
                .bind("at", toColumn(at))
                .execute());
  }

  @Override
  public void revokeUser(UserId userId, Instant at) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(REVOKE_USER)
                .bind("user", userId.value())
                .bind("at", toColumn(at))
                .execute());
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

  @Override
  public boolean isFamilyRevoked(String familyId) {
    return jdbi.withHandle(
        handle ->
            handle.createQuery(FAMILY_REVOKED).bind("family", familyId).mapTo(Long.class).one()
                > 0);
  }
}
