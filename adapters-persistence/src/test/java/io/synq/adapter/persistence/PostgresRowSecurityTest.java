package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.StoredRefreshToken;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.product.Money;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductName;
import io.synq.domain.product.Sku;
import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Row-level security on PostgreSQL, as the application's role meets it: a statement that forgets
 * its scope still sees only the caller's tenant, and the role cannot turn the policies off.
 */
class PostgresRowSecurityTest {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::postgres);

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  private final String acme = "acme-" + UUID.randomUUID();
  private final String globex = "globex-" + UUID.randomUUID();

  @BeforeEach
  void rowsOfTwoTenants() {
    JdbiUserRepository users = new JdbiUserRepository(DATABASE.jdbi());
    for (String tenant : List.of(acme, globex)) {
      users.insert(
          User.create(
              OrgScope.of(tenant, "sales"),
              new Email("someone-" + UUID.randomUUID() + "@" + tenant + ".test"),
              Role.VIEWER,
              "hash",
              T0));
    }
    new JdbiRefreshTokenStore(DATABASE.jdbi())
        .startChain(
            new StoredRefreshToken(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UserId.random(),
                OrgScope.of(acme, "sales"),
                T0,
                T0.plusSeconds(3600),
                Optional.empty(),
                Optional.empty()));
    JdbiProductRepository products = new JdbiProductRepository(DATABASE.jdbi());
    for (String tenant : List.of(acme, globex)) {
      products.insert(
          Product.create(
              OrgScope.of(tenant, "sales"),
              new ProductDetails(
                  new Sku("SKU-1"),
                  new ProductName("A product"),
                  Optional.empty(),
                  Money.parse("1.00", "EUR")),
              T0));
    }
  }

  /** Runs statements in a transaction of the given tenant, as the repositories do. */
  private <T> T asTenant(String tenant, org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
    Jdbi jdbi = DATABASE.jdbi();
    return jdbi.inTransaction(
        handle -> {
          RowScope.set(handle, RowScope.TENANT, tenant);
          return work.withHandle(handle);
        });
  }

  private static List<String> tenantsOfAllProducts(Handle handle) {
    // No WHERE at all: the statement "forgets" its scope.
    return handle.createQuery("SELECT tenant_id FROM product").mapTo(String.class).list();
  }

  @Test
  void a_statement_that_forgets_its_scope_sees_only_the_callers_tenant() {
    assertThat(asTenant(acme, PostgresRowSecurityTest::tenantsOfAllProducts))
        .isNotEmpty()
        .containsOnly(acme);
    assertThat(asTenant(globex, PostgresRowSecurityTest::tenantsOfAllProducts))
        .isNotEmpty()
        .containsOnly(globex);
  }

  @Test
  void a_statement_without_any_scope_sees_nothing() {
    assertThat(DATABASE.jdbi().withHandle(PostgresRowSecurityTest::tenantsOfAllProducts)).isEmpty();
    for (String table : List.of("user_account", "refresh_token", "refresh_family")) {
      long rows =
          DATABASE
              .jdbi()
              .withHandle(
                  handle ->
                      handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
      assertThat(rows).as(table).isZero();
    }
  }

  @Test
  void a_write_into_another_tenant_is_refused() {
    assertThatThrownBy(
            () ->
                asTenant(
                    acme,
                    handle ->
                        handle
                            .createUpdate(
                                "UPDATE product SET tenant_id = :other WHERE tenant_id = :mine")
                            .bind("other", globex)
                            .bind("mine", acme)
                            .execute()))
        .hasMessageContaining("row-level security");
    assertThat(asTenant(acme, PostgresRowSecurityTest::tenantsOfAllProducts)).containsOnly(acme);
  }

  @Test
  void the_applications_role_cannot_turn_the_policies_off() {
    assertThatThrownBy(
            () ->
                DATABASE
                    .jdbi()
                    .useHandle(
                        handle -> handle.execute("ALTER TABLE product DISABLE ROW LEVEL SECURITY")))
        .hasMessageContaining("must be owner");
    assertThatThrownBy(
            () ->
                DATABASE
                    .jdbi()
                    .useHandle(
                        handle -> {
                          handle.execute("SET row_security = off");
                          tenantsOfAllProducts(handle);
                        }))
        .hasMessageContaining("row-level security");
  }

  @Test
  void sign_in_sees_the_one_account_it_looks_for_and_no_other() {
    JdbiUserRepository users = new JdbiUserRepository(DATABASE.jdbi());
    User ada =
        User.create(
            OrgScope.of(acme, "sales"),
            new Email("ada-" + UUID.randomUUID() + "@acme.test"),
            Role.ADMIN,
            "hash",
            T0);
    users.insert(ada);

    assertThat(users.findByEmail(ada.email())).contains(ada);
    List<String> seen =
        DATABASE
            .jdbi()
            .inTransaction(
                handle -> {
                  RowScope.set(handle, RowScope.SIGN_IN_EMAIL, ada.email().value());
                  return handle
                      .createQuery("SELECT email FROM user_account")
                      .mapTo(String.class)
                      .list();
                });
    assertThat(seen).containsExactly(ada.email().value());
  }
}
