package io.synq.adapter.persistence;

import io.synq.domain.tenancy.OrgScope;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The second wall around each tenant's rows. Where {@link RowSecurity} is enforced, a callback runs
 * in a transaction whose settings ({@code set_config(..., true)}, that is {@code SET LOCAL}) name
 * what the policies of the PostgreSQL migration {@code V8_1} let it see: the rows of one tenant,
 * or, for the few reads that cannot know the tenant yet, exactly the rows they look for. A
 * statement that forgets its {@code WHERE} then still sees nothing more. Elsewhere (H2) the
 * callback runs as it is.
 */
final class RowScope {
  /** The caller's tenant: every row of it, and rows written must belong to it. */
  static final String TENANT = "synq.tenant";

  /** Sign-in: the one account with this email, whatever its tenant. */
  static final String SIGN_IN_EMAIL = "synq.sign_in_email";

  /** First start: whether any account exists at all. */
  static final String ANY_ACCOUNT = "synq.any_account";

  /** A refresh: the refresh token with this hash. */
  static final String REFRESH_TOKEN = "synq.refresh_token";

  /** A revocation: the refresh tokens of this chain, or of this user. */
  static final String REFRESH_FAMILY = "synq.refresh_family";

  static final String REFRESH_USER = "synq.refresh_user";

  /** Housekeeping: the refresh tokens to delete once expired, of every tenant. */
  static final String HOUSEKEEPING = "synq.housekeeping";

  static final String ON = "on";

  private RowScope() {}

  static <T> T ofTenant(Jdbi jdbi, OrgScope scope, HandleCallback<T, RuntimeException> work) {
    return with(jdbi, Map.of(TENANT, scope.tenant().value()), work);
  }

  static <T> T with(
      Jdbi jdbi, Map<String, String> settings, HandleCallback<T, RuntimeException> work) {
    if (!jdbi.getConfig(RowSecurity.class).enforced()) {
      return jdbi.withHandle(work);
    }
    return jdbi.inTransaction(
        handle -> {
          settings.forEach((name, value) -> set(handle, name, value));
          return work.withHandle(handle);
        });
  }

  /** For a transaction of its own: until it ends, it may see what the setting admits too. */
  static void set(Handle handle, String name, String value) {
    if (handle.getConfig(RowSecurity.class).enforced()) {
      handle
          .createQuery("SELECT set_config(:name, :value, true)")
          .bind("name", name)
          .bind("value", value)
          .mapTo(String.class)
          .one();
    }
  }
}
