package io.synq.application.service;

import static io.synq.application.service.Accounts.ACME_SALES;
import static io.synq.application.service.Accounts.PASSWORD;
import static io.synq.application.service.Accounts.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.in.CreateUserUseCase;
import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.application.port.in.ListUsersUseCase;
import io.synq.application.port.in.UpdateUserUseCase;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Creating, listing and updating users: the administrator's use cases. */
class UserAdministrationTest {
  private static final OrgScope ACME_OPS = OrgScope.of("acme", "ops");
  private static final OrgScope GLOBEX_SALES = OrgScope.of("globex", "sales");
  private static final String NEW_PASSWORD = "a new user's long password";

  private final Accounts accounts = new Accounts();
  private final CreateUserUseCase create = accounts.core.createUser();
  private final ListUsersUseCase list = accounts.core.listUsers();
  private final UpdateUserUseCase update = accounts.core.updateUser();

  private User adminUser;
  private Caller admin;

  @BeforeEach
  void storeAdmin() {
    adminUser = accounts.user(ACME_SALES, "admin@acme.example", Role.ADMIN);
    admin = callerFor(adminUser);
  }

  private static Caller callerFor(User user) {
    return new Caller(user.id().toString(), user.scope(), user.role());
  }

  private User create(Caller caller, String email, String role) {
    return create.create(newUser(caller, email, NEW_PASSWORD, role));
  }

  /** As the REST adapter reads a new user's fields. */
  private static CreateUserUseCase.Command newUser(
      Caller caller, String email, String password, String role) {
    Role parsedRole = Role.parse(role);
    return new CreateUserUseCase.Command(
        caller, new Email(email), new Password(password), parsedRole);
  }

  private static UpdateUserUseCase.Command command(
      Caller caller, User user, String role, Boolean disabled) {
    return new UpdateUserUseCase.Command(
        caller,
        user.id(),
        Optional.ofNullable(role).map(Role::parse),
        Optional.ofNullable(disabled));
  }

  @Test
  void an_admin_creates_a_user_in_their_own_organization() {
    User user = create(admin, "Grace@Example.com", "viewer");

    assertThat(user.scope()).isEqualTo(ACME_SALES);
    assertThat(user.email().value()).isEqualTo("grace@example.com");
    assertThat(user.role()).isEqualTo(Role.VIEWER);
    assertThat(user.disabled()).isFalse();
    assertThat(user.createdAt()).isEqualTo(accounts.clock.instant());
    assertThat(user.passwordHash()).doesNotContain(NEW_PASSWORD);
    assertThat(accounts.hasher.matches(new Password(NEW_PASSWORD), user.passwordHash())).isTrue();
    assertThat(accounts.users.find(ACME_SALES, user.id())).contains(user);
  }

  @Test
  void the_created_user_signs_in_with_the_given_password() {
    User user = create(admin, "grace@example.com", "editor");

    String idToken = accounts.signIn("grace@example.com", NEW_PASSWORD, "c").idToken();

    assertThat(accounts.idTokens.issuedTo(idToken)).contains(user);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"VIEWER", "EDITOR"})
  void only_admins_manage_users(Role role) {
    User member = accounts.user(ACME_SALES, "member@acme.example", role);
    Caller caller = callerFor(member);
    String denied = Caller.INSUFFICIENT_PERMISSIONS;

    assertRefused(() -> create(caller, "x@example.com", "viewer"), Kind.FORBIDDEN, denied);
    assertRefused(() -> list.list(new ListUsersUseCase.Query(caller)), Kind.FORBIDDEN, denied);
    assertRefused(
        () -> update.update(command(caller, member, "admin", null)), Kind.FORBIDDEN, denied);
    assertThat(accounts.users.findByEmail(new Email("x@example.com"))).isEmpty();
    assertThat(accounts.users.find(ACME_SALES, member.id())).contains(member);
  }

  @Test
  void refuses_an_email_taken_in_any_case_anywhere() {
    accounts.user(GLOBEX_SALES, "taken@example.com", Role.VIEWER);

    assertRefused(
        () -> create(admin, "TAKEN@example.COM", "viewer"),
        Kind.CONFLICT,
        UserRepository.EMAIL_IN_USE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown role       | new@example.com | a long enough password | owner",
        "role in upper case | new@example.com | a long enough password | ADMIN",
        "no role            | new@example.com | a long enough password |",
        "malformed email    | not-an-email    | a long enough password | viewer",
        "no email           |                 | a long enough password | viewer",
        "short password     | new@example.com | elevenchars            | viewer",
        "no password        | new@example.com |                        | viewer"
      })
  void refuses_invalid_input_and_stores_nothing(
      String why, String email, String password, String role) {
    int before = list.list(new ListUsersUseCase.Query(admin)).size();

    assertRefused(() -> create.create(newUser(admin, email, password, role)), Kind.INVALID);
    assertThat(list.list(new ListUsersUseCase.Query(admin))).hasSize(before);
  }

  @Test
  void lists_only_the_callers_organization_oldest_first() {
    accounts.clock.advance(Duration.ofSeconds(1));
    User first = create(admin, "first@example.com", "viewer");
    accounts.clock.advance(Duration.ofSeconds(1));
    User second = create(admin, "second@example.com", "editor");
    accounts.user(ACME_OPS, "ops@example.com", Role.ADMIN);
    accounts.user(GLOBEX_SALES, "globex@example.com", Role.ADMIN);

    List<User> users = list.list(new ListUsersUseCase.Query(admin));

    assertThat(users).containsExactly(adminUser, first, second);
  }

  @Test
  void changes_a_users_role() {
    User user = create(admin, "grace@example.com", "viewer");
    accounts.clock.advance(Duration.ofMinutes(1));

    User updated = update.update(command(admin, user, "editor", null));

    assertThat(updated.role()).isEqualTo(Role.EDITOR);
    assertThat(updated.disabled()).isFalse();
    assertThat(updated.updatedAt()).isEqualTo(accounts.clock.instant());
    assertThat(accounts.users.find(ACME_SALES, user.id())).contains(updated);
  }

  @Test
  void disables_and_enables_a_user() {
    User user = create(admin, "grace@example.com", "editor");

    User disabled = update.update(command(admin, user, null, true));
    assertThat(disabled.disabled()).isTrue();
    assertThat(disabled.role()).isEqualTo(Role.EDITOR);
    assertThat(accounts.users.find(ACME_SALES, user.id())).contains(disabled);

    User enabled = update.update(command(admin, user, null, false));
    assertThat(accounts.users.find(ACME_SALES, user.id())).contains(enabled);
    assertThat(enabled.disabled()).isFalse();
  }

  @Test
  void changes_role_and_disabled_flag_together() {
    User user = create(admin, "grace@example.com", "viewer");

    User updated = update.update(command(admin, user, "admin", true));

    assertThat(updated.role()).isEqualTo(Role.ADMIN);
    assertThat(updated.disabled()).isTrue();
  }

  @Test
  void refuses_an_update_that_changes_nothing_or_names_an_unknown_role() {
    User user = create(admin, "grace@example.com", "viewer");

    assertRefused(() -> update.update(command(admin, user, null, null)), Kind.INVALID);
    assertRefused(() -> update.update(command(admin, user, "owner", null)), Kind.INVALID);
    assertThat(accounts.users.find(ACME_SALES, user.id())).contains(user);
  }

  @Test
  void does_not_find_a_user_of_another_organization_or_tenant() {
    for (OrgScope elsewhere : List.of(ACME_OPS, GLOBEX_SALES)) {
      User outsider =
          accounts.user(
              elsewhere,
              "user@" + elsewhere.tenant().value() + "." + elsewhere.organization().value(),
              Role.VIEWER);

      assertRefused(
          () -> update.update(command(admin, outsider, null, true)),
          Kind.NOT_FOUND,
          "no such user");
      assertThat(accounts.users.find(elsewhere, outsider.id())).contains(outsider);
    }
  }

  @Test
  void an_admin_cannot_disable_or_demote_themselves() {
    String message = "administrators cannot disable or demote themselves";

    assertRefused(
        () -> update.update(command(admin, adminUser, null, true)), Kind.CONFLICT, message);
    assertRefused(
        () -> update.update(command(admin, adminUser, "editor", null)), Kind.CONFLICT, message);
    assertRefused(
        () -> update.update(command(admin, adminUser, "admin", true)), Kind.CONFLICT, message);
    assertThat(accounts.users.find(ACME_SALES, adminUser.id())).contains(adminUser);
  }

  @Test
  void an_admin_may_confirm_their_own_role_and_enabled_state() {
    User same = update.update(command(admin, adminUser, "admin", false));

    assertThat(same.role()).isEqualTo(Role.ADMIN);
    assertThat(same.disabled()).isFalse();
  }

  @Test
  void an_admin_may_demote_another_admin() {
    User other = create(admin, "second-admin@example.com", "admin");

    User demoted = update.update(command(admin, other, "viewer", null));

    assertThat(demoted.role()).isEqualTo(Role.VIEWER);
    assertThat(accounts.userOf(accounts.signIn("admin@acme.example", PASSWORD, "c")))
        .isEqualTo(adminUser.id());
  }

  @Test
  void a_disabled_admin_loses_administration_at_once_whatever_its_token_says() {
    User other = create(admin, "second-admin@example.com", "admin");
    Caller otherWithItsOldToken = callerFor(other);
    update.update(command(admin, other, null, true));
    String noAccount = CurrentAccountUseCase.NO_ACCOUNT;

    assertRefused(
        () -> update.update(command(otherWithItsOldToken, other, null, false)),
        Kind.UNAUTHENTICATED,
        noAccount);
    assertRefused(
        () -> create(otherWithItsOldToken, "new-admin@example.com", "admin"),
        Kind.UNAUTHENTICATED,
        noAccount);
    assertRefused(
        () -> list.list(new ListUsersUseCase.Query(otherWithItsOldToken)),
        Kind.UNAUTHENTICATED,
        noAccount);
    assertThat(accounts.users.find(ACME_SALES, other.id()).orElseThrow().disabled()).isTrue();
    assertThat(accounts.users.findByEmail(new Email("new-admin@example.com"))).isEmpty();
  }

  @Test
  void a_demoted_admin_cannot_promote_itself_back() {
    User other = create(admin, "second-admin@example.com", "admin");
    Caller otherWithItsOldToken = callerFor(other);
    update.update(command(admin, other, "editor", null));
    String denied = Caller.INSUFFICIENT_PERMISSIONS;

    assertRefused(
        () -> update.update(command(otherWithItsOldToken, other, "admin", null)),
        Kind.FORBIDDEN,
        denied);
    assertRefused(
        () -> create(otherWithItsOldToken, "new-admin@example.com", "admin"),
        Kind.FORBIDDEN,
        denied);
    assertThat(accounts.users.find(ACME_SALES, other.id()).orElseThrow().role())
        .isEqualTo(Role.EDITOR);
  }

  @Test
  void an_admin_token_without_an_account_of_the_organization_administers_nothing() {
    Caller minted = new Caller("cli-operator", ACME_SALES, Role.ADMIN);
    Caller elsewhere = new Caller(adminUser.id().toString(), ACME_OPS, Role.ADMIN);

    for (Caller caller : List.of(minted, elsewhere)) {
      assertRefused(() -> list.list(new ListUsersUseCase.Query(caller)), Kind.UNAUTHENTICATED);
      assertRefused(() -> create(caller, "x@example.com", "viewer"), Kind.UNAUTHENTICATED);
    }
    assertThat(accounts.users.findByEmail(new Email("x@example.com"))).isEmpty();
  }

  /** Users whose first {@code races} updates lose to someone who disables or enables the user. */
  private RacingUserRepository racedByDisabling(User user, int races) {
    return new RacingUserRepository(
        accounts.users,
        races,
        () -> {
          User current = accounts.users.find(ACME_SALES, user.id()).orElseThrow();
          accounts.users.update(
              current.withDisabled(!current.disabled(), accounts.clock.instant()),
              current.version());
        });
  }

  @Test
  void a_change_that_loses_every_race_is_stale_after_three_attempts() {
    User user = create(admin, "hedy@example.com", "viewer");
    RacingUserRepository racing = racedByDisabling(user, Integer.MAX_VALUE);
    UpdateUserService raced = new UpdateUserService(racing, accounts.clock);

    assertRefused(() -> raced.update(command(admin, user, "editor", null)), Kind.STALE);
    assertThat(racing.updates).isEqualTo(3);
  }

  @Test
  void a_change_that_lost_a_race_is_applied_again_and_never_undoes_the_winner() {
    User user = create(admin, "grace@example.com", "viewer");
    UserRepository racing = racedByDisabling(user, 1);
    UpdateUserService raced = new UpdateUserService(racing, accounts.clock);

    User promoted = raced.update(command(admin, user, "editor", null));

    assertThat(promoted.disabled()).isTrue();
    assertThat(promoted.role()).isEqualTo(Role.EDITOR);
    assertThat(accounts.users.find(ACME_SALES, user.id())).contains(promoted);
  }

  /** Lets another administrator's change land just before the first update is written. */
  private static final class RacingUserRepository implements UserRepository {
    private final UserRepository users;
    private final Runnable concurrentChange;
    private int racesLeft;
    int updates;

    /** Each of the first {@code races} updates loses to {@code concurrentChange}. */
    RacingUserRepository(UserRepository users, int races, Runnable concurrentChange) {
      this.users = users;
      this.racesLeft = races;
      this.concurrentChange = concurrentChange;
    }

    @Override
    public void update(User user, long expectedVersion) {
      updates++;
      if (racesLeft > 0) {
        racesLeft--;
        concurrentChange.run();
      }
      users.update(user, expectedVersion);
    }

    @Override
    public Optional<User> findByEmail(Email email) {
      return users.findByEmail(email);
    }

    @Override
    public Optional<User> find(OrgScope scope, UserId id) {
      return users.find(scope, id);
    }

    @Override
    public List<User> list(OrgScope scope, int limit) {
      return users.list(scope, limit);
    }

    @Override
    public void insert(User user) {
      users.insert(user);
    }

    @Override
    public boolean any() {
      return users.any();
    }
  }
}
