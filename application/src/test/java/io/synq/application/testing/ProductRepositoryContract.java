package io.synq.application.testing;

import static io.synq.application.testing.TestProducts.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.Page;
import io.synq.application.port.out.ProductRepository;
import io.synq.domain.DomainException;
import io.synq.domain.product.Description;
import io.synq.domain.product.Money;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductId;
import io.synq.domain.product.ProductName;
import io.synq.domain.product.Sku;
import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProductRepository} must do. Extend it with a factory for the implementation
 * under test; each test works in scopes of its own, so a shared database needs no cleanup.
 */
public abstract class ProductRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

  protected abstract ProductRepository repository();

  private ProductRepository repo;
  private OrgScope scope;
  private OrgScope otherOrg;
  private OrgScope otherTenant;

  @BeforeEach
  void scopes() {
    repo = repository();
    String tenant = "tenant-" + UUID.randomUUID();
    scope = OrgScope.of(tenant, "org-a");
    otherOrg = OrgScope.of(tenant, "org-b");
    otherTenant = OrgScope.of("other-" + tenant, "org-a");
  }

  private Product create(OrgScope in, String sku) {
    Product product = Product.create(in, details(sku), T0);
    repo.insert(product);
    return product;
  }

  @Test
  void finds_what_it_stored_exactly() {
    ProductDetails exotic =
        new ProductDetails(
            new Sku("  SKU-ü-😀 \"quoted\" ' ; -- "),
            new ProductName("Ñame"),
            Optional.empty(),
            Money.parse("999999999999.99", "EUR"));
    Product product = Product.create(scope, exotic, T0);
    repo.insert(product);

    assertThat(repo.find(scope, product.id())).contains(product);
  }

  @Test
  void keeps_amounts_exact_at_each_currency_scale() {
    Product yen = create(scope, "yen");
    Product dinar = Product.create(scope, details("dinar", "0.001", "BHD"), T0);
    repo.insert(dinar);

    assertThat(repo.find(scope, dinar.id()).orElseThrow().details().price().amountText())
        .isEqualTo("0.001");
    assertThat(repo.find(scope, yen.id()).orElseThrow().details().price().amountText())
        .isEqualTo("19.99");
  }

  @Test
  void keeps_an_empty_description_apart_from_none() {
    ProductDetails empty =
        new ProductDetails(
            new Sku("empty"),
            new ProductName("n"),
            Optional.of(new Description("")),
            Money.parse("1", "JPY"));
    Product product = Product.create(scope, empty, T0);
    repo.insert(product);

    assertThat(repo.find(scope, product.id())).contains(product);
  }

  @Test
  void hides_products_of_other_organizations_and_tenants() {
    Product product = create(scope, "hidden");

    assertThat(repo.find(otherOrg, product.id())).isEmpty();
    assertThat(repo.find(otherTenant, product.id())).isEmpty();
    assertThat(repo.list(otherOrg, 10, Optional.empty()).items()).isEmpty();
    assertThat(repo.delete(otherTenant, product.id(), 1)).isFalse();
    assertThat(repo.find(scope, product.id())).isPresent();
  }

  @Test
  void rejects_a_duplicate_sku_in_the_same_organization_only() {
    create(scope, "dup");

    assertThatThrownBy(() -> create(scope, "dup"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    create(otherOrg, "dup");
    create(otherTenant, "dup");
    assertThat(repo.list(scope, 10, Optional.empty()).items()).hasSize(1);
  }

  @Test
  void treats_skus_differing_in_case_as_different() {
    create(scope, "abc");
    create(scope, "ABC");

    assertThat(repo.list(scope, 10, Optional.empty()).items()).hasSize(2);
  }

  @Test
  void lists_in_id_order_page_by_page_without_gaps_or_repeats() {
    List<ProductId> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(create(scope, "p" + i).id());
    }
    create(otherOrg, "noise");

    List<ProductId> seen = new ArrayList<>();
    Optional<ProductId> after = Optional.empty();
    int pages = 0;
    while (true) {
      Page<Product> page = repo.list(scope, 3, after);
      pages++;
      page.items().forEach(p -> seen.add(p.id()));
      if (!page.hasMore()) {
        break;
      }
      after = Optional.of(page.items().get(page.items().size() - 1).id());
    }

    assertThat(pages).isEqualTo(3);
    assertThat(seen).isEqualTo(created.stream().sorted().toList());
  }

  @Test
  void says_there_is_no_more_when_the_last_page_is_exactly_full() {
    create(scope, "a");
    create(scope, "b");

    Page<Product> page = repo.list(scope, 2, Optional.empty());

    assertThat(page.items()).hasSize(2);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void updates_when_the_version_matches() {
    Product product = create(scope, "upd");
    Product replaced = product.replace(details("upd-2", "5", "USD"), T0.plusSeconds(60));

    repo.update(replaced, 1);

    assertThat(repo.find(scope, product.id())).contains(replaced);
    assertThat(replaced.version()).isEqualTo(2);
  }

  @Test
  void refuses_a_stale_update() {
    Product product = create(scope, "stale");
    repo.update(product.replace(details("stale"), T0.plusSeconds(1)), 1);

    assertThatThrownBy(() -> repo.update(product.replace(details("stale-x"), T0.plusSeconds(2)), 1))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.STALE));
    assertThat(repo.find(scope, product.id()).orElseThrow().sku().value()).isEqualTo("stale");
  }

  @Test
  void refuses_an_update_onto_a_taken_sku() {
    create(scope, "taken");
    Product other = create(scope, "free");

    assertThatThrownBy(() -> repo.update(other.replace(details("taken"), T0.plusSeconds(1)), 1))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    assertThat(repo.find(scope, other.id())).contains(other);
  }

  @Test
  void deletes_only_at_the_expected_version() {
    Product product = create(scope, "del");

    assertThat(repo.delete(scope, product.id(), 2)).isFalse();
    assertThat(repo.delete(scope, product.id(), 1)).isTrue();
    assertThat(repo.find(scope, product.id())).isEmpty();
    assertThat(repo.delete(scope, product.id(), 1)).isFalse();
  }

  @Test
  void frees_the_sku_of_a_deleted_product() {
    Product product = create(scope, "reuse");
    repo.delete(scope, product.id(), 1);

    create(scope, "reuse");

    assertThat(repo.list(scope, 10, Optional.empty()).items()).hasSize(1);
  }
}
