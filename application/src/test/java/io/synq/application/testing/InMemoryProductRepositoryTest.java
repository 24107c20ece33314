package io.synq.application.testing;

import io.synq.application.port.out.ProductRepository;

class InMemoryProductRepositoryTest extends ProductRepositoryContract {
  @Override
  protected ProductRepository repository() {
    return new InMemoryProductRepository();
  }
}
