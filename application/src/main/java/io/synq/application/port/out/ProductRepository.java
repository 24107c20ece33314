package io.synq.application.port.out;

import io.synq.domain.product.Product;
import io.synq.domain.product.ProductId;
import io.synq.domain.tenancy.OrgScope;
import java.util.Optional;

/** Stores products. Every method is confined to one organization: none reads across scopes. */
public interface ProductRepository {
  /** The conflict's message; it does not repeat the sku, which is the caller's input. */
  String SKU_IN_USE = "the organization already has a product with this sku";

  Optional<Product> find(OrgScope scope, ProductId id);

  /** Up to {@code limit} products in id order, strictly after {@code after} when given. */
  Page<Product> list(OrgScope scope, int limit, Optional<ProductId> after);

  /**
   * @throws io.synq.domain.DomainException {@code CONFLICT} when the organization already has a
   *     product with this sku
   */
  void insert(Product product);

  /**
   * Stores {@code product} over the stored one if that is still at {@code expectedVersion}.
   *
   * @throws io.synq.domain.DomainException {@code STALE} when the stored version differs or the
   *     product is gone, {@code CONFLICT} when another product of the organization has the sku
   */
  void update(Product product, long expectedVersion);

  /** Deletes the product if it is at {@code expectedVersion}; false when no such row was there. */
  boolean delete(OrgScope scope, ProductId id, long expectedVersion);
}
