package io.synq.adapter.persistence;

import io.synq.domain.tenancy.OrgScope;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The first wall around each tenant's rows: a statement on them names the caller's tenant and
 * organization as {@code :tenant} and {@code :org}, which its {@code WHERE} or {@code VALUES} uses.
 * {@link RowScope} is the second.
 */
final class ScopeBinding {
  private ScopeBinding() {}

  static <S extends SqlStatement<S>> S bind(S statement, OrgScope scope) {
    return statement
        .bind("tenant", scope.tenant().value())
        .bind("org", scope.organization().value());
  }
}
