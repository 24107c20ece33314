package io.synq.adapter.persistence;

import static io.synq.adapter.persistence.Timestamps.fromColumn;
import static io.synq.adapter.persistence.Timestamps.toColumn;
import static org.jdbi.v3.core.statement.StatementExceptions.MessageRendering.NONE;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The {@link SigningKeyStore} on the {@code signing_key} table, shared by every process on the
 * database. Creation times are kept to the microsecond.
 */
public final class JdbiSigningKeyStore implements SigningKeyStore {
  private static final String ALL =
      "SELECT kid, material, created_at FROM signing_key ORDER BY created_at DESC, kid";

  private static final String ADD =
      "INSERT INTO signing_key (kid, material, created_at) VALUES (:kid, :material, :createdAt)";

  private static final String DELETE_REPLACED =
      """
      DELETE FROM signing_key k
      WHERE EXISTS (SELECT 1 FROM signing_key n
                    WHERE n.created_at > k.created_at AND n.created_at < :cutoff)""";

  private static final String REPLACE_MATERIAL =
      "UPDATE signing_key SET material = :material WHERE kid = :kid AND material = :current";

  private final Jdbi jdbi;

  public JdbiSigningKeyStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Newest first; keys created at the same instant in key id order. */
  @Override
  public List<StoredSigningKey> all() {
    return jdbi.withHandle(
        handle -> handle.createQuery(ALL).map(JdbiSigningKeyStore::toKey).list());
  }

  /** Adds a key; a key id that is already stored is refused, never overwritten. */
  @Override
  public void add(StoredSigningKey key) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(ADD)
                .configure(StatementExceptions.class, JdbiSigningKeyStore::hideBoundValues)
                .bind("kid", key.keyId())
                .bind("material", key.material())
                .bind("createdAt", toColumn(key.createdAt()))
                .execute());
  }

  @Override
  public boolean replaceMaterial(StoredSigningKey current, String material) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(REPLACE_MATERIAL)
                    .configure(StatementExceptions.class, JdbiSigningKeyStore::hideBoundValues)
                    .bind("kid", current.keyId())
                    .bind("current", current.material())
                    .bind("material", material)
                    .execute())
        == 1;
  }

  /** JDBI would otherwise put the bound values, private key included, in an error's message. */
  private static void hideBoundValues(StatementExceptions config) {
    config.setMessageRendering(NONE);
  }

  @Override
  public int deleteReplacedBefore(Instant cutoff) {
    return jdbi.withHandle(
        handle -> handle.createUpdate(DELETE_REPLACED).bind("cutoff", toColumn(cutoff)).execute());
  }

  private static StoredSigningKey toKey(ResultSet row, StatementContext context)
      throws SQLException {
    return new StoredSigningKey(
        row.getString("kid"), row.getString("material"), fromColumn(row, "created_at"));
  }
}
