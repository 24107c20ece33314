package io.synq.client;

import static java.util.Objects.requireNonNull;

/**
 * What a create or a full replace sends; the server checks the rules (sku 1-64 characters, name
 * 1-200, description at most 2,000 and may be null).
 */
public record NewProduct(String sku, String name, String description, Price price) {
  public NewProduct {
    requireNonNull(sku, "sku");
    requireNonNull(name, "name");
    requireNonNull(price, "price");
  }
}
