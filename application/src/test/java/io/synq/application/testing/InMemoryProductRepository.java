package io.synq.application.testing;

import io.synq.application.port.out.Page;
import io.synq.application.port.out.ProductRepository;
import io.synq.domain.DomainException;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductId;
import io.synq.domain.tenancy.OrgScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link ProductRepository} in memory, for tests at the domain level. Behaves like the database
 * adapters (the same contract test runs against all of them), including sku conflicts and stale
 * versions. Thread-safe.
 */
public final class InMemoryProductRepository implements ProductRepository {
  private final Map<ProductId, Product> byId = new ConcurrentSkipListMap<>();

  @Override
  public Optional<Product> find(OrgScope scope, ProductId id) {
    return Optional.ofNullable(byId.get(id)).filter(p -> p.scope().equals(scope));
  }

  @Override
  public Page<Product> list(OrgScope scope, int limit, Optional<ProductId> after) {
    List<Product> matching =
        byId.values().stream()
            .filter(p -> p.scope().equals(scope))
            .filter(p -> after.map(a -> p.id().compareTo(a) > 0).orElse(true))
            .limit(limit + 1L)
            .toList();
    boolean hasMore = matching.size() > limit;
    return new Page<>(hasMore ? matching.subList(0, limit) : matching, hasMore);
  }

  @Override
  public synchronized void insert(Product product) {
    if (byId.containsKey(product.id())) {
      throw DomainException.conflict("product " + product.id() + " already exists");
    }
    requireSkuFree(product);
    byId.put(product.id(), product);
  }

  @Override
  public synchronized void update(Product product, long expectedVersion) {
    Product stored = find(product.scope(), product.id()).orElse(null);
    if (stored == null || stored.version() != expectedVersion) {
      throw DomainException.stale("product " + product.id() + " has been modified");
    }
    requireSkuFree(product);
    byId.put(product.id(), product);
  }

  @Override
  public synchronized boolean delete(OrgScope scope, ProductId id, long expectedVersion) {
    Optional<Product> stored = find(scope, id).filter(p -> p.version() == expectedVersion);
    stored.ifPresent(p -> byId.remove(id));
    return stored.isPresent();
  }

  private void requireSkuFree(Product product) {
    boolean taken =
        byId.values().stream()
            .anyMatch(
                p ->
                    p.scope().equals(product.scope())
                        && p.sku().equals(product.sku())
                        && !p.id().equals(product.id()));
    if (taken) {
      throw DomainException.conflict(ProductRepository.SKU_IN_USE);
    }
  }
}
