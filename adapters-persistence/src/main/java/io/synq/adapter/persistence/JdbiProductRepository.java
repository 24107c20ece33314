package io.synq.adapter.persistence;

import static io.synq.adapter.persistence.Timestamps.fromColumn;
import static io.synq.adapter.persistence.Timestamps.toColumn;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@link ProductRepository} on the {@code product} table. Every statement is scoped, and on
 * PostgreSQL row-level security keeps each one to its tenant besides (see {@link RowScope}).
 */
public final class JdbiProductRepository implements ProductRepository {
  private static final String COLUMNS =
      """
      id, tenant_id, org_id, sku, name, description, price_amount, price_currency, created_at,
      updated_at, version""";

  private static final String FIND =
      """
      SELECT %s FROM product
      WHERE tenant_id = :tenant AND org_id = :org AND id = :id"""
          .formatted(COLUMNS);

  private static final String LIST =
      """
      SELECT %s FROM product
      WHERE tenant_id = :tenant AND org_id = :org"""
          .formatted(COLUMNS);

  private static final String AFTER = " AND id > :after";

  /**
   * The order of the index on (tenant_id, org_id, id): the same order as by id alone within one
   * scope, but only in this form does H2 read a page off the index instead of sorting every row of
   * the organization first.
   */
  private static final String LIST_ORDER =
      " ORDER BY tenant_id, org_id, id FETCH FIRST :rows ROWS ONLY";

  private static final String INSERT =
      """
      INSERT INTO product (%s)
      VALUES (:id, :tenant, :org, :sku, :name, :description, :amount, :currency, :createdAt,
              :updatedAt, :version)"""
          .formatted(COLUMNS);

  private static final String UPDATE =
      """
      UPDATE product
      SET sku = :sku, name = :name, description = :description, price_amount = :amount,
          price_currency = :currency, updated_at = :updatedAt, version = :version
      WHERE tenant_id = :tenant AND org_id = :org AND id = :id AND version = :expected""";

  private static final String DELETE =
      """
      DELETE FROM product
      WHERE tenant_id = :tenant AND org_id = :org AND id = :id AND version = :expected""";

  private final Jdbi jdbi;

  public JdbiProductRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Product> find(OrgScope scope, ProductId id) {
    return RowScope.ofTenant(
        jdbi,
        scope,
        handle ->
            bindKey(handle.createQuery(FIND), scope, id)
                .map(JdbiProductRepository::toProduct)
                .findOne());
  }

  @Override
  public Page<Product> list(OrgScope scope, int limit, Optional<ProductId> after) {
    String sql = listSql(after.isPresent());
    List<Product> rows =
        RowScope.ofTenant(
            jdbi,
            scope,
            handle -> {
              var query =
                  ScopeBinding.bind(handle.createQuery(sql), scope).bind("rows", limit + 1L);
              after.ifPresent(id -> query.bind("after", id.value()));
              return query.map(JdbiProductRepository::toProduct).list();
            });
    boolean hasMore = rows.size() > limit;
    return new Page<>(hasMore ? rows.subList(0, limit) : rows, hasMore);
  }

  static String listSql(boolean afterCursor) {
    return LIST + (afterCursor ? AFTER : "") + LIST_ORDER;
  }

  @Override
  public void insert(Product product) {
    write(
        product,
        handle ->
            bindRow(handle.createUpdate(INSERT), product)
                .bind("createdAt", toColumn(product.createdAt()))
                .execute());
  }

  @Override
  public void update(Product product, long expectedVersion) {
    int updated =
        write(
            product,
            handle ->
                bindRow(handle.createUpdate(UPDATE), product)
                    .bind("expected", expectedVersion)
                    .execute());
    if (updated == 0) {
      throw DomainException.stale("product " + product.id() + " has been modified");
    }
  }

  @Override
  public boolean delete(OrgScope scope, ProductId id, long expectedVersion) {
    int deleted =
        RowScope.ofTenant(
            jdbi,
            scope,
            handle ->
                bindKey(handle.createUpdate(DELETE), scope, id)
                    .bind("expected", expectedVersion)
                    .execute());
    return deleted > 0;
  }

  /** Runs an insert or update, turning a taken sku into a conflict. */
  private int write(Product product, HandleCallback<Integer, RuntimeException> statement) {
    try {
      return RowScope.ofTenant(jdbi, product.scope(), statement);
    } catch (UnableToExecuteStatementException e) {
      if (SqlFailures.isUniqueViolation(e)) {
        throw DomainException.conflict(ProductRepository.SKU_IN_USE);
      }
      throw e;
    }
  }

  /** Binds every column an update writes; an insert adds {@code createdAt}. */
  private static Update bindRow(Update statement, Product product) {
    ProductDetails details = product.details();
    return bindKey(statement, product.scope(), product.id())
        .bind("sku", details.sku().value())
        .bind("name", details.name().value())
        .bind("description", details.description().map(Description::value).orElse(null))
        .bind("amount", details.price().amount())
        .bind("currency", details.price().currencyCode())
        .bind("updatedAt", toColumn(product.updatedAt()))
        .bind("version", product.version());
  }

  private static <S extends SqlStatement<S>> S bindKey(S statement, OrgScope scope, ProductId id) {
    return ScopeBinding.bind(statement, scope).bind("id", id.value());
  }

  private static Product toProduct(ResultSet row, StatementContext context) throws SQLException {
    ProductDetails details =
        new ProductDetails(
            new Sku(row.getString("sku")),
            new ProductName(row.getString("name")),
            Optional.ofNullable(row.getString("description")).map(Description::new),
            new Money(
                row.getBigDecimal("price_amount"),
                Money.currency(row.getString("price_currency"))));
    return Product.restore(
        new ProductId(row.getObject("id", UUID.class)),
        OrgScope.of(row.getString("tenant_id"), row.getString("org_id")),
        details,
        fromColumn(row, "created_at"),
        fromColumn(row, "updated_at"),
        row.getLong("version"));
  }
}
