package io.synq.adapter.persistence;

import static io.synq.application.testing.TestProducts.details;

import io.synq.domain.product.Product;
import io.synq.domain.tenancy.OrgScope;
import java.io.IOException;
import java.time.Instant;

/**
 * A second process on a database: opens it, commits one product, prints {@link #COMMITTED} and its
 * id, then holds the database open until its standard input closes or it is killed.
 */
public final class ProductWriter {
  static final String COMMITTED = "committed ";
  static final OrgScope SCOPE = OrgScope.of("tenant-durable", "org-durable");

  private ProductWriter() {}

  public static void main(String[] args) throws IOException {
    DatabaseTarget target = DatabaseTarget.h2(args[0]);
    try (Database database = target.open()) {
      Product product = Product.create(SCOPE, details("durable"), Instant.now());
      new JdbiProductRepository(database.jdbi()).insert(product);
      System.out.println(COMMITTED + product.id());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the database until the test lets go
      }
    }
  }
}
