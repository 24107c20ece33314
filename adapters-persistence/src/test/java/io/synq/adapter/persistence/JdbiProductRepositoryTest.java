package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.out.ProductRepository;
import io.synq.application.testing.ProductRepositoryContract;
import io.synq.domain.product.Description;
import io.synq.domain.product.Money;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductName;
import io.synq.domain.product.Sku;
import io.synq.domain.tenancy.OrgScope;
import io.synq.domain.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The repository contract, plus what the schema must hold: the domain's extremes. */
@ParameterizedClass(name = "on {0}")
@MethodSource(TestDatabase.EACH)
class JdbiProductRepositoryTest extends ProductRepositoryContract {
  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.000001Z");

  /** Outside the Basic Multilingual Plane: one code point, two UTF-16 units, four UTF-8 bytes. */
  private static final String WIDE = "😀";

  @Parameter OpenDatabase database;

  @Override
  protected ProductRepository repository() {
    return new JdbiProductRepository(database.jdbi());
  }

  @Test
  void stores_the_longest_values_the_domain_allows() {
    String unique = UUID.randomUUID().toString();
    String tenant = unique + WIDE.repeat(TenantId.MAX_LENGTH - unique.length());
    OrgScope scope = OrgScope.of(tenant, WIDE.repeat(TenantId.MAX_LENGTH));
    ProductDetails longest =
        new ProductDetails(
            new Sku(WIDE.repeat(Sku.MAX_LENGTH)),
            new ProductName(WIDE.repeat(ProductName.MAX_LENGTH)),
            Optional.of(new Description(WIDE.repeat(Description.MAX_LENGTH))),
            Money.parse("999999999999.999", "BHD"));
    Product product = Product.create(scope, longest, NOW);
    ProductRepository repository = repository();

    repository.insert(product);

    assertThat(repository.find(scope, product.id())).contains(product);
  }

  @Test
  void keeps_four_fraction_digits_exactly() {
    OrgScope scope = OrgScope.of("tenant-" + UUID.randomUUID(), "org");
    ProductRepository repository = repository();
    for (String amount : new String[] {"999999999999.9999", "0.0001"}) {
      ProductDetails details =
          new ProductDetails(
              new Sku(amount), new ProductName("UF"), Optional.empty(), Money.parse(amount, "CLF"));
      Product product = Product.create(scope, details, NOW);
      repository.insert(product);

      assertThat(repository.find(scope, product.id()).orElseThrow().details().price().amountText())
          .isEqualTo(amount);
    }
  }
}
