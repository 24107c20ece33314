package io.synq.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2SigningKeyStoreTest extends SigningKeyStoreContract {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::h2InMemory);

  @Override
  protected DatabaseExtension database() {
    return DATABASE;
  }
}
