package io.synq.application.service;

import io.synq.domain.DomainException;
import io.synq.domain.product.ProductId;

/** The errors the product use cases share, worded once. */
final class ProductErrors {
  private ProductErrors() {}

  static DomainException notFound(ProductId id) {
    return DomainException.notFound("product " + id + " does not exist");
  }

  static DomainException stale(ProductId id) {
    return DomainException.stale("product " + id + " has been modified; fetch it and try again");
  }
}
