package io.synq.application.testing;

import io.synq.domain.product.Description;
import io.synq.domain.product.Money;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductName;
import io.synq.domain.product.Sku;
import java.util.Optional;

/** Valid product details for tests, varied by sku. */
public final class TestProducts {
  private TestProducts() {}

  public static ProductDetails details(String sku) {
    return details(sku, "19.99", "EUR");
  }

  public static ProductDetails details(String sku, String amount, String currency) {
    return new ProductDetails(
        new Sku(sku),
        new ProductName("Product " + sku),
        Optional.of(new Description("About " + sku)),
        Money.parse(amount, currency));
  }
}
