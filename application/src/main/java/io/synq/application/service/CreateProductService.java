package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.CreateProductUseCase;
import io.synq.application.port.in.Operation;
import io.synq.application.port.out.ProductRepository;
import io.synq.domain.product.Product;
import java.time.Clock;

public final class CreateProductService implements CreateProductUseCase {
  private final ProductRepository products;
  private final Clock clock;

  public CreateProductService(ProductRepository products, Clock clock) {
    this.products = requireNonNull(products, "products");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Product create(Command command) {
    command.caller().require(Operation.CREATE_PRODUCT.permission());
    Product product = Product.create(command.caller().scope(), command.details(), clock.instant());
    products.insert(product);
    return product;
  }
}
