package io.synq.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUserRepositoryTest extends JdbiUserRepositoryContract {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::postgres);

  @Override
  protected DatabaseExtension database() {
    return DATABASE;
  }
}
