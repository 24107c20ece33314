package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import io.synq.application.port.out.RefreshTokenStore.Rotation;
import io.synq.application.port.out.StoredRefreshToken;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Refresh tokens handed out before the chains had rows of their own keep working after V8. */
class RefreshFamilyMigrationTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

  static Stream<Arguments> databases() {
    return Stream.of(
        // kept while no connection is open, between the old migrations and the new ones
        Arguments.of(
            named(
                "H2",
                DatabaseTarget.h2("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))),
        Arguments.of(named("PostgreSQL", DatabaseTarget.postgres())));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void chains_from_before_keep_rotating_and_revoked_ones_stay_revoked(DatabaseTarget target) {
    Flyway.configure()
        .dataSource(target.url(), target.migrator().user(), target.migrator().password())
        .locations("classpath:db/migration")
        .target("7")
        .load()
        .migrate();
    Jdbi before = Jdbi.create(target.url(), target.migrator().user(), target.migrator().password());
    String live = UUID.randomUUID().toString();
    String revoked = UUID.randomUUID().toString();
    UserId user = UserId.random();
    insertToken(before, "live-1", live, user, null);
    insertToken(before, "revoked-1", revoked, user, T0);

    try (Database database = target.open()) {
      JdbiRefreshTokenStore store = new JdbiRefreshTokenStore(database.jdbi());

      assertThat(store.rotate("live-1", successor(live, user), T0.plusSeconds(1)))
          .isEqualTo(Rotation.ROTATED);
      assertThat(store.rotate("revoked-1", successor(revoked, user), T0.plusSeconds(1)))
          .isEqualTo(Rotation.REFUSED);
    }
  }

  private static void insertToken(
      Jdbi jdbi, String hash, String family, UserId user, Instant revokedAt) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO refresh_token (token_hash, family_id, user_id, tenant_id, org_id,"
                        + " issued_at, expires_at, revoked_at)"
                        + " VALUES (:hash, :family, :user, 'acme', 'sales', :issued, :expires,"
                        + " :revoked)")
                .bind("hash", hash)
                .bind("family", family)
                .bind("user", user.value())
                .bind("issued", Timestamps.toColumn(T0))
                .bind("expires", Timestamps.toColumn(T0.plusSeconds(86_400)))
                .bind("revoked", Timestamps.toColumn(Optional.ofNullable(revokedAt)))
                .execute());
  }

  private static StoredRefreshToken successor(String family, UserId user) {
    return new StoredRefreshToken(
        UUID.randomUUID().toString(),
        family,
        user,
        OrgScope.of("acme", "sales"),
        T0.plusSeconds(1),
        T0.plusSeconds(86_401),
        Optional.empty(),
        Optional.empty());
  }
}
