package io.synq.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed product operations and errors, with a fixed token, against the real server. */
class ProductsTest {
  private static SynqTestServer server;
  private static RecordingProxy proxy;

  private String organization;

  @BeforeAll
  static void start() throws Exception {
    server = SynqTestServer.start();
    proxy = RecordingProxy.to(server.uri());
  }

  @AfterAll
  static void stop() {
    proxy.close();
    server.close();
  }

  @BeforeEach
  void newOrganization() {
    organization = "org-" + UUID.randomUUID();
    proxy.forget();
  }

  private Products products(String role) {
    return SynqClient.builder(proxy.uri())
        .token(server.mint("acme", organization, role))
        .build()
        .products();
  }

  private static NewProduct shirt(String sku) {
    return new NewProduct(sku, "T-shirt", null, Price.of("19.99", "EUR"));
  }

  @Test
  void creates_reads_replaces_and_deletes_a_product() {
    Products products = products("admin");

    Product created =
        products.create(
            new NewProduct("TSHIRT-M", "T-shirt, medium", "Cotton", Price.of("19.9", "EUR")));
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.price()).isEqualTo(new Price(new BigDecimal("19.90"), "EUR"));
    assertThat(created.createdAt()).isEqualTo(created.updatedAt());
    assertThat(products.get(created.id())).isEqualTo(created);

    Product replaced =
        products.update(
            created.id(), new NewProduct("TSHIRT-M", "T-shirt", null, Price.of("21", "EUR")), 1);
    assertThat(replaced.version()).isEqualTo(2);
    assertThat(replaced.description()).isNull();
    assertThat(replaced.price().amount()).isEqualByComparingTo("21");

    products.delete(created.id(), 2);
    assertThatThrownBy(() -> products.get(created.id()))
        .isInstanceOfSatisfying(
            SynqApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.error()).startsWith("Not Found: ");
            });
  }

  @Test
  void sends_amounts_as_plain_decimal_strings() {
    Product created =
        products("editor")
            .create(new NewProduct("BIG", "Big", null, new Price(new BigDecimal("1E+3"), "EUR")));

    assertThat(created.price().amount()).isEqualTo(new BigDecimal("1000.00"));
  }

  @Test
  void a_stale_expected_version_is_refused_with_412() {
    Products products = products("admin");
    Product created = products.create(shirt("STALE"));
    products.update(created.id(), shirt("STALE"));

    assertThatThrownBy(() -> products.update(created.id(), shirt("STALE"), 1))
        .isInstanceOfSatisfying(SynqApiException.class, e -> assertThat(e.status()).isEqualTo(412));
    assertThatThrownBy(() -> products.delete(created.id(), 1))
        .isInstanceOfSatisfying(SynqApiException.class, e -> assertThat(e.status()).isEqualTo(412));
    products.delete(created.id());
  }

  @Test
  void a_duplicate_sku_is_refused_with_409() {
    Products products = products("editor");
    products.create(shirt("DUP"));

    assertThatThrownBy(() -> products.create(shirt("DUP")))
        .isInstanceOfSatisfying(SynqApiException.class, e -> assertThat(e.status()).isEqualTo(409));
  }

  @Test
  void lists_page_by_page_and_streams_every_page() {
    Products products = products("editor");
    for (int i = 1; i <= 5; i++) {
      products.create(shirt("SKU-" + i));
    }

    ProductPage first = products.list(2, null);
    assertThat(first.items()).extracting(Product::sku).containsExactly("SKU-1", "SKU-2");
    assertThat(products.list(2, first.nextCursor()).items())
        .extracting(Product::sku)
        .containsExactly("SKU-3", "SKU-4");

    proxy.forget();
    List<String> all = products.all(2).map(Product::sku).toList();
    assertThat(all).containsExactly("SKU-1", "SKU-2", "SKU-3", "SKU-4", "SKU-5");
    assertThat(proxy.to("/api/v1/products")).hasSize(3);
  }

  @Test
  void a_role_without_the_permission_gets_a_forbidden_exception() {
    Product created = products("editor").create(shirt("KEEP"));

    assertThatThrownBy(() -> products("viewer").delete(created.id()))
        .isInstanceOfSatisfying(
            SynqForbiddenException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.error()).isEqualTo("Forbidden: Insufficient permissions");
            });
  }

  @Test
  void a_rejected_fixed_token_gets_an_unauthorized_exception_without_a_retry() {
    Products products = SynqClient.builder(proxy.uri()).token("not-a-token").build().products();

    assertThatThrownBy(() -> products.list(10, null))
        .isInstanceOfSatisfying(
            SynqUnauthorizedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.error())
                  .isEqualTo("Unauthorized: Missing or invalid Authorization header");
            });
    assertThat(proxy.exchanges()).hasSize(1);
  }
}
