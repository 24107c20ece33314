package io.synq.adapter.persistence;

import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.testing.RefreshTokenStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRefreshTokenStoreTest extends RefreshTokenStoreContract {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::postgres);

  @Override
  protected RefreshTokenStore store() {
    return new JdbiRefreshTokenStore(DATABASE.jdbi());
  }
}
