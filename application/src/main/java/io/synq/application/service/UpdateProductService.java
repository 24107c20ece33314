package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.Operation;
import io.synq.application.port.in.UpdateProductUseCase;
import io.synq.application.port.out.ProductRepository;
import io.synq.domain.product.Product;
import java.time.Clock;

public final class UpdateProductService implements UpdateProductUseCase {
  private final ProductRepository products;
  private final Clock clock;

  public UpdateProductService(ProductRepository products, Clock clock) {
    this.products = requireNonNull(products, "products");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Product update(Command command) {
    command.caller().require(Operation.UPDATE_PRODUCT.permission());
    Product current =
        products
            .find(command.caller().scope(), command.id())
            .orElseThrow(() -> ProductErrors.notFound(command.id()));
    if (!command.condition().admits(current.version())) {
      throw ProductErrors.stale(command.id());
    }
    Product replaced = current.replace(command.details(), clock.instant());
    // The repository checks the version again, so a concurrent writer between find and update
    // is caught as stale rather than silently overwritten.
    products.update(replaced, current.version());
    return replaced;
  }
}
