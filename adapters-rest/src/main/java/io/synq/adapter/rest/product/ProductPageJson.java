package io.synq.adapter.rest.product;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.synq.application.port.in.ListProductsUseCase.ProductPage;
import io.synq.application.port.in.ProductCursor;
import java.util.List;

/** One page of products; {@code next_cursor} is null on the last page. */
record ProductPageJson(List<ProductJson> items, @JsonProperty("next_cursor") String nextCursor) {
  static ProductPageJson from(ProductPage page) {
    return new ProductPageJson(
        page.items().stream().map(ProductJson::from).toList(),
        page.next().map(ProductCursor::encode).orElse(null));
  }
}
