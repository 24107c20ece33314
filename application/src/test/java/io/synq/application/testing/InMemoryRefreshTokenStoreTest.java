package io.synq.application.testing;

import io.synq.application.port.out.RefreshTokenStore;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {
  @Override
  protected RefreshTokenStore store() {
    return new InMemoryRefreshTokenStore();
  }
}
