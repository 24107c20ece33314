package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.DeleteProductUseCase;
import io.synq.application.port.out.ProductRepository;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Permission;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductId;
import java.util.OptionalLong;

public final class DeleteProductService implements DeleteProductUseCase {
  private final ProductRepository products;

  public DeleteProductService(ProductRepository products) {
    this.products = requireNonNull(products, "products");
  }

  @Override
  public void delete(Caller caller, ProductId id, OptionalLong expectedVersion) {
    caller.require(Permission.PRODUCT_DELETE);
    Product current =
        products.find(caller.scope(), id).orElseThrow(() -> ProductErrors.notFound(id));
    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
      throw ProductErrors.stale(id);
    }
    if (!products.delete(caller.scope(), id, current.version())) {
      // Changed or removed since we read it: only a conditional delete must not go ahead anyway.
      throw expectedVersion.isPresent() ? ProductErrors.stale(id) : ProductErrors.notFound(id);
    }
  }
}
