package io.synq.client;

import java.util.List;

/**
 * One page of products, oldest first.
 *
 * @param nextCursor pass it to {@link Products#list(int, String)} for the next page; null on the
 *     last page
 */
public record ProductPage(List<Product> items, String nextCursor) {
  public ProductPage {
    items = List.copyOf(items);
  }
}
