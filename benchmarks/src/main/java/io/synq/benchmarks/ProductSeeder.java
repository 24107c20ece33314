package io.synq.benchmarks;

import io.synq.application.port.in.ProductCursor;
import io.synq.domain.product.ProductId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Fills an organization with products by SQL, in batches: a million rows through the API would take
 * longer than the benchmark. The rows are what the API would have written (version 7 ids, which the
 * listing orders by).
 */
final class ProductSeeder {
  private static final int BATCH = 1_000;

  private static final String INSERT =
      "INSERT INTO product (id, tenant_id, org_id, sku, name, description, price_amount,"
          + " price_currency, created_at, updated_at, version)"
          + " VALUES (?, ?, ?, ?, ?, NULL, ?, 'EUR', ?, ?, 1)";

  private static final String ID_AT =
      "SELECT id FROM product WHERE tenant_id = ? AND org_id = ? ORDER BY id"
          + " OFFSET ? ROWS FETCH FIRST 1 ROW ONLY";

  private final Jdbi jdbi;
  private final String tenant;
  private final String organization;

  ProductSeeder(Jdbi jdbi, String tenant, String organization) {
    this.jdbi = jdbi;
    this.tenant = tenant;
    this.organization = organization;
  }

  /** Inserts {@code count} products with skus {@code SKU-0} and up, one transaction per batch. */
  void seed(int count) {
    OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    for (int start = 0; start < count; start += BATCH) {
      int end = Math.min(count, start + BATCH);
      int first = start;
      jdbi.useTransaction(
          handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT);
            for (int i = first; i < end; i++) {
              batch
                  .bind(0, ProductId.newId(now.toInstant()).value())
                  .bind(1, tenant)
                  .bind(2, organization)
                  .bind(3, "SKU-" + i)
                  .bind(4, "Benchmark product " + i)
                  .bind(5, BigDecimal.valueOf(1999, 2))
                  .bind(6, now)
                  .bind(7, now)
                  .add();
            }
            batch.execute();
          });
    }
  }

  /** The id at this position in listing order (0 is the first). */
  ProductId idAt(long position) {
    UUID id =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(ID_AT)
                    .bind(0, tenant)
                    .bind(1, organization)
                    .bind(2, position)
                    .mapTo(UUID.class)
                    .one());
    return new ProductId(id);
  }

  /** The cursor whose page starts at this position. */
  String cursorAt(long position) {
    return new ProductCursor(idAt(position - 1)).encode();
  }
}
