package io.synq.adapter.persistence;

import static io.synq.adapter.persistence.Timestamps.fromColumn;
import static io.synq.adapter.persistence.Timestamps.toColumn;

import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The {@link UserRepository} on the {@code user_account} table. Every statement but the sign-in
 * lookup by email is scoped.
 */
public final class JdbiUserRepository implements UserRepository {
  private static final String COLUMNS =
      """
      id, tenant_id, org_id, email, role, disabled, password_hash, created_at, updated_at, version,
      token_generation""";

  private static final String FIND_BY_EMAIL =
      "SELECT %s FROM user_account WHERE email = :email".formatted(COLUMNS);

  private static final String FIND =
      """
      SELECT %s FROM user_account
      WHERE tenant_id = :tenant AND org_id = :org AND id = :id"""
          .formatted(COLUMNS);

  /** In the order of the index on (tenant_id, org_id, created_at, id), so that H2 reads it off. */
  static final String LIST =
      """
      SELECT %s FROM user_account
      WHERE tenant_id = :tenant AND org_id = :org
      ORDER BY tenant_id, org_id, created_at, id
      FETCH FIRST :rows ROWS ONLY"""
          .formatted(COLUMNS);

  private static final String INSERT =
      """
      INSERT INTO user_account (%s)
      VALUES (:id, :tenant, :org, :email, :role, :disabled, :passwordHash, :createdAt, :updatedAt,
              :version, :tokenGeneration)"""
          .formatted(COLUMNS);

  private static final String UPDATE =
      """
      UPDATE user_account
      SET role = :role, disabled = :disabled, updated_at = :updatedAt, version = :version,
          token_generation = :tokenGeneration
      WHERE tenant_id = :tenant AND org_id = :org AND id = :id AND version = :expected""";

  private static final String ANY = "SELECT 1 FROM user_account FETCH FIRST 1 ROWS ONLY";

  private final Jdbi jdbi;

  public JdbiUserRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<User> findByEmail(Email email) {
    return RowScope.with(
        jdbi,
        Map.of(RowScope.SIGN_IN_EMAIL, email.value()),
        handle ->
            handle
                .createQuery(FIND_BY_EMAIL)
                .bind("email", email.value())
                .map(JdbiUserRepository::toUser)
                .findOne());
  }

  @Override
  public Optional<User> find(OrgScope scope, UserId id) {
    return RowScope.ofTenant(
        jdbi,
        scope,
        handle ->
            ScopeBinding.bind(handle.createQuery(FIND), scope)
                .bind("id", id.value())
                .map(JdbiUserRepository::toUser)
                .findOne());
  }

  @Override
  public List<User> list(OrgScope scope, int limit) {
    return RowScope.ofTenant(
        jdbi,
        scope,
        handle ->
            ScopeBinding.bind(handle.createQuery(LIST), scope)
                .bind("rows", limit)
                .map(JdbiUserRepository::toUser)
                .list());
  }

  @Override
  public void insert(User user) {
    try {
      RowScope.ofTenant(
          jdbi,
          user.scope(),
          handle ->
              ScopeBinding.bind(handle.createUpdate(INSERT), user.scope())
                  .bind("id", user.id().value())
                  .bind("email", user.email().value())
                  .bind("role", user.role().claimValue())
                  .bind("disabled", user.disabled())
                  .bind("passwordHash", user.passwordHash())
                  .bind("createdAt", toColumn(user.createdAt()))
                  .bind("updatedAt", toColumn(user.updatedAt()))
                  .bind("version", user.version())
                  .bind("tokenGeneration", user.tokenGeneration())
                  .execute());
    } catch (UnableToExecuteStatementException e) {
      if (SqlFailures.isUniqueViolation(e)) {
        throw DomainException.conflict(UserRepository.EMAIL_IN_USE);
      }
      // Neither JDBI's message (the bound values) nor the driver's (H2 quotes a value too long for
      // its column) may travel on: either can hold the password hash.
      throw new IllegalStateException(
          "cannot store user " + user.id() + ": SQLState " + SqlFailures.sqlState(e));
    }
  }

  @Override
  public void update(User user, long expectedVersion) {
    int updated =
        RowScope.ofTenant(
            jdbi,
            user.scope(),
            handle ->
                ScopeBinding.bind(handle.createUpdate(UPDATE), user.scope())
                    .bind("id", user.id().value())
                    .bind("role", user.role().claimValue())
                    .bind("disabled", user.disabled())
                    .bind("updatedAt", toColumn(user.updatedAt()))
                    .bind("version", user.version())
                    .bind("tokenGeneration", user.tokenGeneration())
                    .bind("expected", expectedVersion)
                    .execute());
    if (updated == 0) {
      throw DomainException.stale("user " + user.id() + " has been modified");
    }
  }

  @Override
  public boolean any() {
    return RowScope.with(
            jdbi,
            Map.of(RowScope.ANY_ACCOUNT, RowScope.ON),
            handle -> handle.createQuery(ANY).mapTo(Integer.class).findOne())
        .isPresent();
  }

  private static User toUser(ResultSet row, StatementContext context) throws SQLException {
    String role = row.getString("role");
    return new User(
        new UserId(row.getObject("id", UUID.class)),
        OrgScope.of(row.getString("tenant_id"), row.getString("org_id")),
        new Email(row.getString("email")),
        Role.fromClaim(role)
            .orElseThrow(() -> new IllegalStateException("unknown role stored: " + role)),
        row.getBoolean("disabled"),
        row.getString("password_hash"),
        fromColumn(row, "created_at"),
        fromColumn(row, "updated_at"),
        row.getLong("version"),
        row.getLong("token_generation"));
  }
}
