package io.synq.domain.product;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Everything about a product that its owner chooses: what create and full replace take. */
public record ProductDetails(
    Sku sku, ProductName name, Optional<Description> description, Money price) {
  public ProductDetails {
    requireNonNull(sku, "sku");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(price, "price");
  }
}
