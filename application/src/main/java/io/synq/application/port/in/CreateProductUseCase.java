package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductDetails;

/** Adds a product to the caller's organization. */
public interface CreateProductUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code CONFLICT} when the sku is taken
   */
  Product create(Command command);

  record Command(Caller caller, ProductDetails details) {
    public Command {
      requireNonNull(caller, "caller");
      requireNonNull(details, "details");
    }
  }
}
