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
}
