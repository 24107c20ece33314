package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.DeleteProductUseCase;
import io.synq.application.port.in.Operation;
import io.synq.application.port.in.VersionCondition;
import io.synq.application.port.out.ProductRepository;
import io.synq.domain.access.Caller;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductId;

public final class DeleteProductService implements DeleteProductUseCase {
  private static final int MAX_ATTEMPTS = 3;

  private final ProductRepository products;

  public DeleteProductService(ProductRepository products) {
    this.products = requireNonNull(products, "products");
  }

  @Override
  public void delete(Command command) {
    Caller caller = command.caller();
    ProductId id = command.id();
    VersionCondition condition = command.condition();
    caller.require(Operation.DELETE_PRODUCT.permission());
    for (int attempt = 1; ; attempt++) {
      Product current =
          products.find(caller.scope(), id).orElseThrow(() -> ProductErrors.notFound(id));
      if (!condition.admits(current.version())) {
        throw ProductErrors.stale(id);
      }
      if (products.delete(caller.scope(), id, current.version())) {
        return;
      }
      // Changed since we read it. A conditional delete must not go ahead; an unconditional one
      // looks again, a few times, so that a busy product can still be deleted.
      if (condition != VersionCondition.ANY || attempt == MAX_ATTEMPTS) {
        throw ProductErrors.stale(id);
      }
    }
  }
}
