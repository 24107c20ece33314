package io.synq.adapter.persistence;

import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Whether the database enforces row-level security, so that each transaction must say whose rows it
 * may see (see {@link RowScope}): PostgreSQL, whose migrations set the policies up. H2 has no such
 * thing, and its statements keep relying on their {@code WHERE} clauses alone.
 */
public final class RowSecurity implements JdbiConfig<RowSecurity> {
  private boolean enforced;

  public RowSecurity() {}

  private RowSecurity(RowSecurity other) {
    this.enforced = other.enforced;
  }

  boolean enforced() {
    return enforced;
  }

  void enforce() {
    enforced = true;
  }

  @Override
  public RowSecurity createCopy() {
    return new RowSecurity(this);
  }
}
