package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.product.ProductId;

/** Removes one product of the caller's organization. */
public interface DeleteProductUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code NOT_FOUND}, or {@code STALE} when the condition
   *     does not admit the current version, or a conditional delete finds the product changed
   */
  void delete(Command command);

  /**
   * @param condition which versions may be deleted ({@code If-Match}); {@link VersionCondition#ANY}
   *     deletes whatever version is current, trying again a few times if it changes meanwhile
   */
  record Command(Caller caller, ProductId id, VersionCondition condition) {
    public Command {
      requireNonNull(caller, "caller");
      requireNonNull(id, "id");
      requireNonNull(condition, "condition");
    }
  }
}
