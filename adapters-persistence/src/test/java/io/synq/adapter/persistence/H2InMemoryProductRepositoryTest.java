package io.synq.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2InMemoryProductRepositoryTest extends JdbiProductRepositoryContract {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::h2InMemory);

  @Override
  protected DatabaseExtension database() {
    return DATABASE;
  }
}
