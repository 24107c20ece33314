package io.synq.application.service;

import static io.synq.application.testing.TestProducts.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.SynqCore;
import io.synq.application.port.in.CreateProductUseCase;
import io.synq.application.port.in.DeleteProductUseCase;
import io.synq.application.port.in.GetProductUseCase;
import io.synq.application.port.in.ListProductsUseCase;
import io.synq.application.port.in.ListProductsUseCase.ProductPage;
import io.synq.application.port.in.ProductCursor;
import io.synq.application.port.in.UpdateProductUseCase;
import io.synq.application.port.in.VersionCondition;
import io.synq.application.port.out.Page;
import io.synq.application.port.out.ProductRepository;
import io.synq.application.testing.InMemoryProductRepository;
import io.synq.application.testing.InMemoryTokenVerifier;
import io.synq.domain.DomainException;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductId;
import io.synq.domain.tenancy.OrgScope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProductUseCasesTest {
  private static final OrgScope ACME_SALES = OrgScope.of("acme", "sales");
  private static final Caller ADMIN = new Caller("a", ACME_SALES, Role.ADMIN);
  private static final Caller EDITOR = new Caller("e", ACME_SALES, Role.EDITOR);
  private static final Caller VIEWER = new Caller("v", ACME_SALES, Role.VIEWER);
  private static final Caller OTHER_ORG = new Caller("x", OrgScope.of("acme", "ops"), Role.ADMIN);
  private static final Caller OTHER_TENANT =
      new Caller("y", OrgScope.of("globex", "sales"), Role.ADMIN);

  private final InMemoryProductRepository repository = new InMemoryProductRepository();
  private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
  private final SynqCore core =
      SynqCore.builder(repository, new InMemoryTokenVerifier(), clock).build();
  private final CreateProductUseCase create = core.createProduct();
  private final GetProductUseCase get = core.getProduct();
  private final ListProductsUseCase list = core.listProducts();
  private final UpdateProductUseCase update = core.updateProduct();
  private final DeleteProductUseCase delete = core.deleteProduct();

  private Product created(Caller caller, String sku) {
    return create.create(new CreateProductUseCase.Command(caller, details(sku)));
  }

  @Test
  void creates_in_the_callers_scope_and_reads_it_back() {
    Product product = created(EDITOR, "sku-1");

    assertThat(product.scope()).isEqualTo(ACME_SALES);
    assertThat(product.createdAt()).isEqualTo(clock.instant());
    assertThat(get.get(new GetProductUseCase.Query(VIEWER, product.id()))).isEqualTo(product);
  }

  @Test
  void another_organization_or_tenant_sees_not_found() {
    Product product = created(ADMIN, "sku-1");

    for (Caller outsider : List.of(OTHER_ORG, OTHER_TENANT)) {
      assertKind(
          () -> get.get(new GetProductUseCase.Query(outsider, product.id())), Kind.NOT_FOUND);
      assertKind(
          () -> update.update(command(outsider, product.id(), "x", VersionCondition.ANY)),
          Kind.NOT_FOUND);
      assertKind(
          () ->
              delete.delete(
                  new DeleteProductUseCase.Command(outsider, product.id(), VersionCondition.ANY)),
          Kind.NOT_FOUND);
      assertThat(list.list(query(outsider, 10, null)).items()).isEmpty();
    }
    assertThat(get.get(new GetProductUseCase.Query(ADMIN, product.id()))).isEqualTo(product);
  }

  @Test
  void roles_decide_who_may_do_what() {
    Product product = created(ADMIN, "sku-1");

    assertKind(
        () -> create.create(new CreateProductUseCase.Command(VIEWER, details("v"))),
        Kind.FORBIDDEN);
    assertKind(
        () -> update.update(command(VIEWER, product.id(), "v", VersionCondition.ANY)),
        Kind.FORBIDDEN);
    assertKind(
        () ->
            delete.delete(
                new DeleteProductUseCase.Command(EDITOR, product.id(), VersionCondition.ANY)),
        Kind.FORBIDDEN);
    assertThat(update.update(command(EDITOR, product.id(), "e", VersionCondition.ANY)).version())
        .isEqualTo(2);
    delete.delete(new DeleteProductUseCase.Command(ADMIN, product.id(), VersionCondition.ANY));
    assertKind(() -> get.get(new GetProductUseCase.Query(ADMIN, product.id())), Kind.NOT_FOUND);
  }

  @Test
  void forbids_before_revealing_whether_a_product_exists() {
    ProductId missing = ProductId.newId(clock.instant());

    assertKind(
        () ->
            delete.delete(new DeleteProductUseCase.Command(VIEWER, missing, VersionCondition.ANY)),
        Kind.FORBIDDEN);
  }

  @Test
  void duplicate_sku_in_the_organization_conflicts() {
    created(ADMIN, "dup");

    assertKind(() -> created(EDITOR, "dup"), Kind.CONFLICT);
    assertThat(created(OTHER_ORG, "dup").sku().value()).isEqualTo("dup");
  }

  @Test
  void update_honours_the_expected_version() {
    Product product = created(ADMIN, "v");

    assertKind(
        () -> update.update(command(ADMIN, product.id(), "v2", VersionCondition.exactly(2))),
        Kind.STALE);
    Product updated =
        update.update(command(ADMIN, product.id(), "v2", VersionCondition.exactly(1)));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(get.get(new GetProductUseCase.Query(ADMIN, product.id())).sku().value())
        .isEqualTo("v2");
    assertKind(
        () -> update.update(command(ADMIN, product.id(), "v3", VersionCondition.exactly(1))),
        Kind.STALE);
  }

  @Test
  void delete_honours_the_expected_version() {
    Product product = created(ADMIN, "d");

    assertKind(
        () ->
            delete.delete(
                new DeleteProductUseCase.Command(ADMIN, product.id(), VersionCondition.exactly(7))),
        Kind.STALE);
    delete.delete(
        new DeleteProductUseCase.Command(ADMIN, product.id(), VersionCondition.exactly(1)));

    assertKind(
        () ->
            delete.delete(
                new DeleteProductUseCase.Command(ADMIN, product.id(), VersionCondition.exactly(1))),
        Kind.NOT_FOUND);
  }

  /** Each of its first {@code racesLeft} deletes finds the product just updated by someone else. */
  private ProductRepository racing(AtomicInteger racesLeft, AtomicInteger deletes) {
    return new ProductRepository() {
      @Override
      public Optional<Product> find(OrgScope scope, ProductId id) {
        return repository.find(scope, id);
      }

      @Override
      public Page<Product> list(OrgScope scope, int limit, Optional<ProductId> after) {
        return repository.list(scope, limit, after);
      }

      @Override
      public void insert(Product p) {
        repository.insert(p);
      }

      @Override
      public void update(Product p, long expectedVersion) {
        repository.update(p, expectedVersion);
      }

      @Override
      public boolean delete(OrgScope scope, ProductId id, long expectedVersion) {
        deletes.incrementAndGet();
        if (racesLeft.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
          Product current = repository.find(scope, id).orElseThrow();
          repository.update(
              current.replace(details("raced-" + current.version()), clock.instant()),
              current.version());
        }
        return repository.delete(scope, id, expectedVersion);
      }
    };
  }

  @Test
  void an_unconditional_delete_goes_ahead_when_the_product_changed_meanwhile() {
    Product product = created(ADMIN, "busy");
    AtomicInteger racesLeft = new AtomicInteger(1);
    ProductRepository busy = racing(racesLeft, new AtomicInteger());

    new DeleteProductService(busy)
        .delete(new DeleteProductUseCase.Command(ADMIN, product.id(), VersionCondition.ANY));

    assertKind(() -> get.get(new GetProductUseCase.Query(ADMIN, product.id())), Kind.NOT_FOUND);
    assertKind(
        () -> {
          Product again = created(ADMIN, "busy-3");
          racesLeft.set(1);
          new DeleteProductService(busy)
              .delete(
                  new DeleteProductUseCase.Command(ADMIN, again.id(), VersionCondition.exactly(1)));
        },
        Kind.STALE);
  }

  @Test
  void an_unconditional_delete_that_loses_every_race_is_stale_after_three_attempts() {
    Product product = created(ADMIN, "contended");
    AtomicInteger deletes = new AtomicInteger();
    ProductRepository contended = racing(new AtomicInteger(Integer.MAX_VALUE), deletes);

    assertKind(
        () ->
            new DeleteProductService(contended)
                .delete(
                    new DeleteProductUseCase.Command(ADMIN, product.id(), VersionCondition.ANY)),
        Kind.STALE);
    assertThat(deletes).hasValue(3);
    assertThat(get.get(new GetProductUseCase.Query(ADMIN, product.id())).version()).isEqualTo(4);
  }

  @Test
  void pages_through_everything_once_with_opaque_cursors() {
    List<ProductId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(created(ADMIN, "p" + i).id());
    }

    List<ProductId> seen = new ArrayList<>();
    ProductCursor cursor = null;
    do {
      ProductPage page = list.list(query(VIEWER, 2, cursor));
      page.items().forEach(p -> seen.add(p.id()));
      cursor = page.next().map(c -> ProductCursor.decode(c.encode())).orElse(null);
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(ids);
  }

  @Test
  void rejects_limits_outside_1_to_100_and_garbage_cursors() {
    assertKind(() -> query(VIEWER, 0, null), Kind.INVALID);
    assertKind(() -> query(VIEWER, 101, null), Kind.INVALID);
    assertThat(query(VIEWER, 100, null).limit()).isEqualTo(ListProductsUseCase.MAX_LIMIT);
    assertThat(query(VIEWER, 1, null).limit()).isEqualTo(1);
    assertKind(() -> ProductCursor.decode("garbage!"), Kind.INVALID);
    assertKind(() -> ProductCursor.decode("cDE6bm90LWEtdXVpZA"), Kind.INVALID);
    assertKind(() -> ProductCursor.decode(""), Kind.INVALID);
  }

  private static ListProductsUseCase.Query query(Caller caller, int limit, ProductCursor cursor) {
    return new ListProductsUseCase.Query(caller, limit, Optional.ofNullable(cursor));
  }

  private static UpdateProductUseCase.Command command(
      Caller caller, ProductId id, String sku, VersionCondition expected) {
    return new UpdateProductUseCase.Command(caller, id, details(sku), expected);
  }

  private static void assertKind(Runnable call, Kind kind) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }
}
