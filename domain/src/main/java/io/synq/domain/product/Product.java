package io.synq.domain.product;

import static java.util.Objects.requireNonNull;

import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A product of one organization. Immutable: a change yields a new instance with the next version,
 * which is what optimistic concurrency (ETag / If-Match) compares.
 */
public final class Product {
  private final ProductId id;
  private final OrgScope scope;
  private final ProductDetails details;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final long version;

  private Product(
      ProductId id,
      OrgScope scope,
      ProductDetails details,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    this.id = requireNonNull(id, "id");
    this.scope = requireNonNull(scope, "scope");
    this.details = requireNonNull(details, "details");
    this.createdAt = requireNonNull(createdAt, "createdAt");
    this.updatedAt = requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be positive");
    }
    this.version = version;
  }

  /** A new product, version 1. Times are kept to the microsecond, as databases store them. */
  public static Product create(OrgScope scope, ProductDetails details, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    return new Product(ProductId.newId(at), scope, details, at, at, 1);
  }

  /** A product as it was stored. */
  public static Product restore(
      ProductId id,
      OrgScope scope,
      ProductDetails details,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    return new Product(id, scope, details, createdAt, updatedAt, version);
  }

  /** This product with all its details replaced, one version later. */
  public Product replace(ProductDetails newDetails, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    return new Product(
        id, scope, newDetails, createdAt, at.isBefore(createdAt) ? createdAt : at, version + 1);
  }

  public ProductId id() {
    return id;
  }

  public OrgScope scope() {
    return scope;
  }

  public ProductDetails details() {
    return details;
  }

  public Sku sku() {
    return details.sku();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Product other
        && id.equals(other.id)
        && scope.equals(other.scope)
        && details.equals(other.details)
        && createdAt.equals(other.createdAt)
        && updatedAt.equals(other.updatedAt)
        && version == other.version;
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Product[id=" + id + ", sku=" + details.sku() + ", version=" + version + "]";
  }
}
