package io.synq.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do. Extend it with a factory for the implementation under
 * test; each test works in scopes and with emails of its own, so a shared database needs no
 * cleanup.
 */
public abstract class UserRepositoryContract {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

  protected abstract UserRepository repository();

  private UserRepository repo;
  private String unique;
  private OrgScope scope;
  private OrgScope otherOrg;
  private OrgScope otherTenant;

  @BeforeEach
  void freshRepositoryAndScopes() {
    repo = repository();
    unique = UUID.randomUUID().toString();
    String tenant = "tenant-" + unique;
    scope = OrgScope.of(tenant, "org-a");
    otherOrg = OrgScope.of(tenant, "org-b");
    otherTenant = OrgScope.of("other-" + tenant, "org-a");
  }

  /** An address no other test uses. */
  private Email email(String name) {
    return new Email(name + "-" + unique + "@example.com");
  }

  private User user(OrgScope in, String name, Instant createdAt) {
    return User.create(in, email(name), Role.EDITOR, "hash-of-" + name, createdAt);
  }

  private User insert(OrgScope in, String name) {
    User user = user(in, name, T0);
    repo.insert(user);
    return user;
  }

  private static void assertStale(Runnable action) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.STALE));
  }

  private static void assertConflict(Runnable action) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
  }

  @Test
  void finds_what_it_stored_exactly_by_id_and_by_email() {
    User user =
        new User(
            user(scope, "ada", T0).id(),
            scope,
            email("ada"),
            Role.ADMIN,
            true,
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA 'quoted' ; --",
            T0,
            T0.plusSeconds(60),
            7,
            3);
    repo.insert(user);

    assertThat(repo.find(scope, user.id())).contains(user);
    assertThat(repo.findByEmail(user.email())).contains(user);
  }

  @Test
  void finds_by_email_in_any_scope_but_not_an_unknown_one() {
    User user = insert(otherTenant, "grace");

    assertThat(repo.findByEmail(email("grace"))).contains(user);
    assertThat(repo.findByEmail(email("nobody"))).isEmpty();
  }

  @Test
  void hides_users_of_other_organizations_and_tenants() {
    User user = insert(scope, "hidden");

    assertThat(repo.find(otherOrg, user.id())).isEmpty();
    assertThat(repo.find(otherTenant, user.id())).isEmpty();
    assertThat(repo.list(otherOrg, 10)).isEmpty();
    assertThat(repo.list(otherTenant, 10)).isEmpty();
  }

  @Test
  void does_not_update_a_user_through_another_scope() {
    User user = insert(scope, "target");
    User forged =
        new User(
            user.id(),
            otherTenant,
            user.email(),
            Role.ADMIN,
            true,
            user.passwordHash(),
            user.createdAt(),
            T0.plusSeconds(60),
            user.version() + 1,
            user.tokenGeneration() + 1);

    assertStale(() -> repo.update(forged, user.version()));

    assertThat(repo.find(scope, user.id())).contains(user);
    assertThat(repo.find(otherTenant, user.id())).isEmpty();
  }

  @Test
  void rejects_a_taken_email_in_any_case_and_any_scope() {
    insert(scope, "dup");

    for (OrgScope in : List.of(scope, otherOrg, otherTenant)) {
      User again =
          User.create(
              in, new Email("DUP-" + unique.toUpperCase() + "@Example.COM"), Role.VIEWER, "h", T0);
      assertConflict(() -> repo.insert(again));
    }
    assertThat(repo.list(scope, 10)).hasSize(1);
    assertThat(repo.list(otherOrg, 10)).isEmpty();
  }

  @Test
  void rejects_a_second_user_with_the_same_id() {
    User user = insert(scope, "first");
    User sameId =
        new User(
            user.id(),
            scope,
            email("second"),
            Role.VIEWER,
            false,
            "h",
            user.createdAt(),
            user.updatedAt(),
            1,
            0);

    assertConflict(() -> repo.insert(sameId));
    assertThat(repo.findByEmail(email("second"))).isEmpty();
  }

  @Test
  void lists_the_organizations_users_oldest_first_up_to_the_limit() {
    List<User> created = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      User user = user(scope, "u" + i, T0.plusSeconds(10L - i));
      repo.insert(user);
      created.add(0, user);
    }
    insert(otherOrg, "noise");

    assertThat(repo.list(scope, 10)).containsExactlyElementsOf(created);
    assertThat(repo.list(scope, 3)).containsExactlyElementsOf(created.subList(0, 3));
  }

  @Test
  void updates_role_disabled_flag_and_update_time() {
    User user = insert(scope, "changing");
    User changed =
        user.withRole(Role.ADMIN, T0.plusSeconds(5)).withDisabled(true, T0.plusSeconds(5));

    repo.update(changed, user.version());

    assertThat(repo.find(scope, user.id())).contains(changed);
    assertThat(repo.find(scope, user.id()).orElseThrow().updatedAt()).isEqualTo(T0.plusSeconds(5));

    User enabled = changed.withDisabled(false, T0.plusSeconds(9));
    repo.update(enabled, changed.version());
    assertThat(repo.findByEmail(user.email())).contains(enabled);
  }

  @Test
  void keeps_the_token_generation_a_change_starts() {
    User user = insert(scope, "revoked");
    User revoked = user.withTokensRevoked(T0.plusSeconds(3));

    repo.update(revoked, user.version());

    assertThat(repo.find(scope, user.id()).orElseThrow().tokenGeneration())
        .isEqualTo(user.tokenGeneration() + 1);
    assertThat(repo.findByEmail(user.email())).contains(revoked);
  }

  @Test
  void refuses_a_change_made_to_a_version_that_is_no_longer_current() {
    User user = insert(scope, "raced");
    User disabled = user.withDisabled(true, T0.plusSeconds(1));
    repo.update(disabled, user.version());

    // A second administrator read the user before the disable and now changes the role.
    User promoted = user.withRole(Role.ADMIN, T0.plusSeconds(2));
    assertStale(() -> repo.update(promoted, user.version()));

    assertThat(repo.find(scope, user.id())).contains(disabled);
  }

  @Test
  void does_not_change_email_password_hash_or_creation_time_on_update() {
    User user = insert(scope, "fixed");
    User tampered =
        new User(
            user.id(),
            scope,
            email("other"),
            Role.VIEWER,
            false,
            "another-hash",
            T0.minusSeconds(3600),
            T0.plusSeconds(1),
            user.version() + 1,
            user.tokenGeneration() + 1); // EDITOR to VIEWER: a new generation

    repo.update(tampered, user.version());

    assertThat(repo.find(scope, user.id())).contains(user.withRole(Role.VIEWER, T0.plusSeconds(1)));
    assertThat(repo.findByEmail(email("other"))).isEmpty();
  }

  @Test
  void knows_that_a_user_exists_once_one_is_stored() {
    insert(scope, "someone");

    assertThat(repo.any()).isTrue();
  }
}
