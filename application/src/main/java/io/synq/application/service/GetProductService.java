package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.GetProductUseCase;
import io.synq.application.port.in.Operation;
import io.synq.application.port.out.ProductRepository;
import io.synq.domain.product.Product;

public final class GetProductService implements GetProductUseCase {
  private final ProductRepository products;

  public GetProductService(ProductRepository products) {
    this.products = requireNonNull(products, "products");
  }

  @Override
  public Product get(Query query) {
    query.caller().require(Operation.GET_PRODUCT.permission());
    return products
        .find(query.caller().scope(), query.id())
        .orElseThrow(() -> ProductErrors.notFound(query.id()));
  }
}
