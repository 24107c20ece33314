package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductId;
import java.util.OptionalLong;

/** Replaces all the details of one product of the caller's organization. */
public interface UpdateProductUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code NOT_FOUND}, {@code STALE} when {@code
   *     expectedVersion} is given and differs, {@code CONFLICT} when the new sku is taken
   */
  Product update(Command command);

  record Command(
      Caller caller, ProductId id, ProductDetails details, OptionalLong expectedVersion) {
    public Command {
      requireNonNull(caller, "caller");
      requireNonNull(id, "id");
      requireNonNull(details, "details");
      requireNonNull(expectedVersion, "expectedVersion");
    }
  }
}
