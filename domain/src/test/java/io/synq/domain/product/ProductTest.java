package io.synq.domain.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductTest {
  private static final OrgScope SCOPE = OrgScope.of("t1", "o1");
  private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.123456789Z");

  private static ProductDetails details(String sku) {
    return new ProductDetails(
        new Sku(sku), new ProductName("Name"), Optional.empty(), Money.parse("1.50", "EUR"));
  }

  @Test
  void starts_at_version_one_with_both_times_at_microsecond_precision() {
    Product product = Product.create(SCOPE, details("a"), T0);

    assertThat(product.version()).isEqualTo(1);
    assertThat(product.createdAt()).isEqualTo(Instant.parse("2026-03-04T05:06:07.123456Z"));
    assertThat(product.updatedAt()).isEqualTo(product.createdAt());
    assertThat(product.scope()).isEqualTo(SCOPE);
  }

  @Test
  void replace_keeps_identity_and_creation_time_and_bumps_the_version() {
    Product product = Product.create(SCOPE, details("a"), T0);

    Product replaced = product.replace(details("b"), T0.plusSeconds(5));

    assertThat(replaced.id()).isEqualTo(product.id());
    assertThat(replaced.createdAt()).isEqualTo(product.createdAt());
    assertThat(replaced.updatedAt()).isEqualTo(Instant.parse("2026-03-04T05:06:12.123456Z"));
    assertThat(replaced.version()).isEqualTo(2);
    assertThat(replaced.sku().value()).isEqualTo("b");
    assertThat(product.sku().value()).isEqualTo("a");
  }

  @Test
  void replace_never_moves_updated_at_before_creation_when_the_clock_steps_back() {
    Product product = Product.create(SCOPE, details("a"), T0);

    assertThat(product.replace(details("a"), T0.minusSeconds(60)).updatedAt())
        .isEqualTo(product.createdAt());
  }

  @Test
  void restores_exactly_what_was_stored() {
    ProductId id = ProductId.newId(T0);
    Instant created = Instant.parse("2026-01-01T00:00:00Z");

    Product product = Product.restore(id, SCOPE, details("a"), created, T0, 7);

    assertThat(product.id()).isEqualTo(id);
    assertThat(product.scope()).isEqualTo(SCOPE);
    assertThat(product.details()).isEqualTo(details("a"));
    assertThat(product.createdAt()).isEqualTo(created);
    assertThat(product.updatedAt()).isEqualTo(T0);
    assertThat(product.version()).isEqualTo(7);
  }

  @Test
  void equals_a_product_only_when_every_stored_field_is_the_same() {
    ProductId id = ProductId.newId(T0);
    Instant created = Instant.parse("2026-01-01T00:00:00Z");
    Product product = Product.restore(id, SCOPE, details("a"), created, T0, 3);

    assertThat(product)
        .isEqualTo(Product.restore(id, SCOPE, details("a"), created, T0, 3))
        .hasSameHashCodeAs(Product.restore(id, SCOPE, details("a"), created, T0, 3))
        .isNotEqualTo(Product.restore(ProductId.newId(T0), SCOPE, details("a"), created, T0, 3))
        .isNotEqualTo(Product.restore(id, OrgScope.of("t1", "o2"), details("a"), created, T0, 3))
        .isNotEqualTo(Product.restore(id, SCOPE, details("b"), created, T0, 3))
        .isNotEqualTo(Product.restore(id, SCOPE, details("a"), T0, T0, 3))
        .isNotEqualTo(Product.restore(id, SCOPE, details("a"), created, created, 3))
        .isNotEqualTo(Product.restore(id, SCOPE, details("a"), created, T0, 4))
        .isNotEqualTo(id);
  }

  @Test
  void prints_its_id_sku_and_version() {
    ProductId id = ProductId.newId(T0);

    assertThat(Product.restore(id, SCOPE, details("tee"), T0, T0, 2))
        .hasToString("Product[id=" + id + ", sku=tee, version=2]");
  }
}
