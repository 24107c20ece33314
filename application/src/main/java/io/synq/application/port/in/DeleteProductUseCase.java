package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.product.ProductId;
import java.util.OptionalLong;

/** Removes one product of the caller's organization. */
public interface DeleteProductUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code NOT_FOUND}, or {@code STALE} when {@code
   *     expectedVersion} is given and differs
   */
  void delete(Command command);

  /**
   * @param expectedVersion the version the caller last saw ({@code If-Match}); empty deletes
   *     whatever version is current
   */
  record Command(Caller caller, ProductId id, OptionalLong expectedVersion) {
    public Command {
      requireNonNull(caller, "caller");
      requireNonNull(id, "id");
      requireNonNull(expectedVersion, "expectedVersion");
    }
  }
}
