package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductId;

/** Reads one product of the caller's organization. */
public interface GetProductUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code NOT_FOUND} when the caller's organization has no
   *     such product, whether or not another one has
   */
  Product get(Query query);

  record Query(Caller caller, ProductId id) {
    public Query {
      requireNonNull(caller, "caller");
      requireNonNull(id, "id");
    }
  }
}
