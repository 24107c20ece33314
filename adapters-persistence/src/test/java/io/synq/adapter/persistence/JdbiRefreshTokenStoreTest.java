package io.synq.adapter.persistence;

import io.synq.application.port.out.RefreshTokenStore;
import io.synq.application.testing.RefreshTokenStoreContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass(name = "on {0}")
@MethodSource(TestDatabase.EACH)
class JdbiRefreshTokenStoreTest extends RefreshTokenStoreContract {
  @Parameter OpenDatabase database;

  @Override
  protected RefreshTokenStore store() {
    return new JdbiRefreshTokenStore(database.jdbi());
  }
}
