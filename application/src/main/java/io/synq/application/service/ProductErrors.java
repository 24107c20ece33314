package io.synq.application.service;

import io.synq.domain.DomainException;
import io.synq.domain.product.ProductId;

/**
 * The errors the product use cases share, worded once. They never quote the id: an error body
 * repeats no request input.
 */
final class ProductErrors {
  static final String NO_SUCH_PRODUCT = "no such product";

  private ProductErrors() {}

  static DomainException notFound(ProductId id) {
    return DomainException.notFound(NO_SUCH_PRODUCT);
  }

  static DomainException stale(ProductId id) {
    return DomainException.stale("the product has been modified; fetch it and try again");
  }
}
