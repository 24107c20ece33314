package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.UserRepository;
import io.synq.application.testing.UserRepositoryContract;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import io.synq.domain.tenancy.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The repository contract, plus what the schema must hold and what errors must not reveal. */
@ParameterizedClass(name = "on {0}")
@MethodSource(TestDatabase.EACH)
class JdbiUserRepositoryTest extends UserRepositoryContract {
  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.000001Z");

  /** Outside the Basic Multilingual Plane: one code point, two UTF-16 units, four UTF-8 bytes. */
  private static final String WIDE = "😀";

  @Parameter OpenDatabase database;

  @Override
  protected UserRepository repository() {
    return new JdbiUserRepository(database.jdbi());
  }

  @Test
  void stores_the_longest_values_the_domain_allows() {
    String unique = UUID.randomUUID().toString();
    String tenant = unique + WIDE.repeat(TenantId.MAX_LENGTH - unique.length());
    OrgScope scope = OrgScope.of(tenant, WIDE.repeat(TenantId.MAX_LENGTH));
    String domain = ".example";
    Email email =
        new Email(
            unique
                + "@"
                + WIDE.repeat(Email.MAX_LENGTH - unique.length() - 1 - domain.length())
                + domain);
    User user = User.create(scope, email, Role.VIEWER, "h".repeat(512), NOW);
    UserRepository repository = repository();

    repository.insert(user);

    assertThat(repository.find(scope, user.id())).contains(user);
  }

  @Test
  void never_shows_the_password_hash_in_an_error() {
    String secret = "secret-hash-" + UUID.randomUUID();
    OrgScope scope = OrgScope.of("tenant-" + UUID.randomUUID(), "org");
    User tooLong =
        User.create(
            scope,
            new Email(UUID.randomUUID() + "@example.com"),
            Role.VIEWER,
            secret + "x".repeat(1_000),
            NOW);

    assertThatThrownBy(() -> repository().insert(tooLong))
        .satisfies(
            e -> {
              for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
              }
            });
  }

  @Test
  void knows_that_no_user_exists_on_a_fresh_database() {
    try (Database fresh = database.kind().newTarget().open()) {
      assertThat(new JdbiUserRepository(fresh.jdbi()).any()).isFalse();
    }
  }
}
