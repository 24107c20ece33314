package io.synq.adapter.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSigningKeyStoreTest extends SigningKeyStoreContract {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::postgres);

  @Override
  protected DatabaseExtension database() {
    return DATABASE;
  }
}
