package io.synq.application.port.out;

import java.util.List;

/** One page of a keyset-paginated listing; {@code hasMore} says whether items follow the last. */
public record Page<T>(List<T> items, boolean hasMore) {
  public Page {
    items = List.copyOf(items);
  }
}
