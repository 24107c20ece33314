package io.synq.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.application.port.in.SignInUseCase;
import io.synq.application.port.out.IdTokenClaims;
import io.synq.application.port.out.TokenGenerations;
import io.synq.application.testing.InMemoryAttemptCounter;
import io.synq.application.testing.InMemoryIdTokenIssuer;
import io.synq.application.testing.InMemoryProductRepository;
import io.synq.application.testing.InMemoryRefreshTokenStore;
import io.synq.application.testing.InMemoryTokenVerifier;
import io.synq.application.testing.InMemoryUserRepository;
import io.synq.application.testing.TestPasswordHasher;
import io.synq.domain.DomainException;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SynqCoreTest {
  private static final OrgScope ACME_SALES = OrgScope.of("acme", "sales");

  private final InMemoryTokenVerifier tokens = new InMemoryTokenVerifier();
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final TestPasswordHasher hasher = new TestPasswordHasher();

  private SynqCore.Builder core() {
    return SynqCore.builder(new InMemoryProductRepository(), tokens, Clock.systemUTC());
  }

  private SynqCore.AccountStores stores() {
    return new SynqCore.AccountStores(
        users,
        new InMemoryRefreshTokenStore(),
        hasher,
        new InMemoryIdTokenIssuer(tokens),
        new InMemoryAttemptCounter(Clock.systemUTC()));
  }

  @Test
  void without_accounts_hands_out_no_account_use_case() {
    SynqCore core = core().build();

    assertThat(core.hasAccounts()).isFalse();
    for (ThrowingCallable accountUseCase :
        List.<ThrowingCallable>of(
            core::signIn,
            core::refreshSession,
            core::signOut,
            core::signOutEverywhere,
            core::createUser,
            core::listUsers,
            core::updateUser,
            core::currentAccount,
            core::provisionAdmin)) {
      assertThatThrownBy(accountUseCase)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("no accounts: tokens come from an external issuer");
    }
  }

  @Test
  void with_accounts_signs_in_the_users_it_keeps() {
    SynqCore core = core().accounts(stores()).build();
    User ada =
        User.create(
            ACME_SALES,
            new Email("ada@example.com"),
            Role.EDITOR,
            hasher.hash(new Password("correct horse battery")),
            Clock.systemUTC().instant());
    users.insert(ada);

    String idToken =
        core.signIn()
            .signIn(
                new SignInUseCase.Command(
                    Optional.of(new Email("ada@example.com")),
                    new Password("correct horse battery"),
                    "c"))
            .idToken();
    Caller caller = core.authenticate().authenticate(new AuthenticateUseCase.Query(idToken));

    assertThat(core.hasAccounts()).isTrue();
    assertThat(core.currentAccount().current(new CurrentAccountUseCase.Query(caller)))
        .isEqualTo(caller);
    assertThat(caller).isEqualTo(new Caller(ada.id().toString(), ACME_SALES, Role.EDITOR));
  }

  @Test
  void reads_revocations_through_what_the_builder_was_given() {
    AtomicInteger reads = new AtomicInteger();
    SynqCore core =
        core()
            .accounts(stores())
            .revocations(
                stored ->
                    (TokenGenerations)
                        (scope, subject) -> {
                          reads.incrementAndGet();
                          return stored.current(scope, subject);
                        })
            .build();
    String token =
        tokens.issue(
            "someone",
            Map.of(
                "tenantid",
                "acme",
                "org_id",
                "sales",
                "role",
                "viewer",
                IdTokenClaims.TOKEN_GENERATION,
                0L));

    assertThatThrownBy(
            () ->
                core.authenticate()
                    .authenticate(new AuthenticateUseCase.Query(token))) // no such user
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHENTICATED));

    assertThat(reads).hasValue(1);
  }
}
