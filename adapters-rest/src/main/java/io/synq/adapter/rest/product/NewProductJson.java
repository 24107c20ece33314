package io.synq.adapter.rest.product;

import io.synq.domain.DomainException;
import io.synq.domain.product.Description;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductName;
import io.synq.domain.product.Sku;
import java.util.Optional;

/**
 * The body of a create or a full replace. Missing fields arrive as null and the domain types reject
 * them by name; identity (tenant, organization) is deliberately absent: it comes from the token.
 */
record NewProductJson(String sku, String name, String description, PriceJson price) {
  ProductDetails toDetails() {
    if (price == null) {
      throw DomainException.invalid("price is required");
    }
    return new ProductDetails(
        new Sku(sku),
        new ProductName(name),
        Optional.ofNullable(description).map(Description::new),
        price.toMoney());
  }
}
