package io.synq.adapter.rest.product;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.synq.domain.product.Description;
import io.synq.domain.product.Product;

/** A product on the wire; times are ISO-8601 in UTC. */
record ProductJson(
    String id,
    String sku,
    String name,
    String description,
    PriceJson price,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt,
    long version) {

  static ProductJson from(Product product) {
    return new ProductJson(
        product.id().toString(),
        product.details().sku().value(),
        product.details().name().value(),
        product.details().description().map(Description::value).orElse(null),
        PriceJson.from(product.details().price()),
        product.createdAt().toString(),
        product.updatedAt().toString(),
        product.version());
  }
}
