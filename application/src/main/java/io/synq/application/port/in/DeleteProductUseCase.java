package io.synq.application.port.in;

import io.synq.domain.access.Caller;
import io.synq.domain.product.ProductId;
import java.util.OptionalLong;

/** Removes one product of the caller's organization. */
public interface DeleteProductUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code NOT_FOUND}, or {@code STALE} when {@code
   *     expectedVersion} is given and differs
   */
  void delete(Caller caller, ProductId id, OptionalLong expectedVersion);
}
