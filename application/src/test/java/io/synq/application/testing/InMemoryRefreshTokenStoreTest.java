package io.synq.application.testing;

import io.synq.application.port.out.RefreshTokenStore;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {
  private final InMemoryRefreshTokenStore shared = new InMemoryRefreshTokenStore();

  @Override
  protected RefreshTokenStore store() {
    return shared;
  }
}
