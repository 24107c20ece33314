package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.ListProductsUseCase;
import io.synq.application.port.in.Operation;
import io.synq.application.port.in.ProductCursor;
import io.synq.application.port.out.Page;
import io.synq.application.port.out.ProductRepository;
import io.synq.domain.product.Product;
import java.util.Optional;

public final class ListProductsService implements ListProductsUseCase {
  private final ProductRepository products;

  public ListProductsService(ProductRepository products) {
    this.products = requireNonNull(products, "products");
  }

  @Override
  public ProductPage list(Query query) {
    query.caller().require(Operation.LIST_PRODUCTS.permission());
    Page<Product> page =
        products.list(
            query.caller().scope(), query.limit(), query.cursor().map(ProductCursor::after));
    Optional<ProductCursor> next =
        page.hasMore() && !page.items().isEmpty()
            ? Optional.of(new ProductCursor(page.items().get(page.items().size() - 1).id()))
            : Optional.empty();
    return new ProductPage(page.items(), next);
  }
}
