package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductId;

/** Replaces all the details of one product of the caller's organization. */
public interface UpdateProductUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code NOT_FOUND}, {@code STALE} when the condition does
   *     not admit the current version or the product changes meanwhile, {@code CONFLICT} when the
   *     new sku is taken
   */
  Product update(Command command);

  record Command(Caller caller, ProductId id, ProductDetails details, VersionCondition condition) {
    public Command {
      requireNonNull(caller, "caller");
      requireNonNull(id, "id");
      requireNonNull(details, "details");
      requireNonNull(condition, "condition");
    }
  }
}
