package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.DomainException;
import io.synq.domain.access.Caller;
import io.synq.domain.product.Product;
import java.util.List;
import java.util.Optional;

/** Lists the caller's organization's products, oldest first, one page at a time. */
public interface ListProductsUseCase {
  int DEFAULT_LIMIT = 20;
  int MAX_LIMIT = 100;

  ProductPage list(Query query);

  record Query(Caller caller, int limit, Optional<ProductCursor> cursor) {
    public Query {
      requireNonNull(caller, "caller");
      requireNonNull(cursor, "cursor");
      if (limit < 1 || limit > MAX_LIMIT) {
        throw DomainException.invalid("limit must be between 1 and " + MAX_LIMIT);
      }
    }
  }

  record ProductPage(List<Product> items, Optional<ProductCursor> next) {
    public ProductPage {
      items = List.copyOf(items);
      requireNonNull(next, "next");
    }
  }
}
