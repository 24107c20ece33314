package io.synq.application.service;

import static io.synq.application.port.in.RefreshSessionUseCase.INVALID_REFRESH_TOKEN;
import static io.synq.application.service.Accounts.ACME_SALES;
import static io.synq.application.service.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.SignOutEverywhereUseCase;
import io.synq.application.port.in.TokenPair;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import org.junit.jupiter.api.Test;

class SignOutEverywhereServiceTest {
  private final Accounts accounts = new Accounts();
  private final User ada = accounts.user(ACME_SALES, "ada@example.com", Role.EDITOR);

  private TokenPair signIn(String email) {
    return accounts.signIn(email, PASSWORD, "client");
  }

  private Caller callerOf(TokenPair session) {
    return accounts.authenticate.authenticate(new AuthenticateUseCase.Query(session.idToken()));
  }

  @Test
  void ends_every_refresh_chain_and_every_id_token_of_the_account() {
    TokenPair laptop = signIn("ada@example.com");
    TokenPair phone = signIn("ada@example.com");

    accounts.signOutEverywhere.signOutEverywhere(
        new SignOutEverywhereUseCase.Command(callerOf(laptop)));

    for (TokenPair session : new TokenPair[] {laptop, phone}) {
      Accounts.assertRefused(() -> callerOf(session), Kind.UNAUTHENTICATED);
      Accounts.assertRefused(
          () -> accounts.refresh.refresh(new RefreshSessionUseCase.Command(session.refreshToken())),
          Kind.BAD_CREDENTIALS,
          INVALID_REFRESH_TOKEN);
    }
  }

  @Test
  void leaves_other_accounts_alone_and_lets_the_user_sign_in_afresh() {
    accounts.user(ACME_SALES, "bob@example.com", Role.VIEWER);
    TokenPair bob = signIn("bob@example.com");

    accounts.signOutEverywhere.signOutEverywhere(
        new SignOutEverywhereUseCase.Command(callerOf(signIn("ada@example.com"))));
    TokenPair again = signIn("ada@example.com"); // in the same instant: a generation is no time

    assertThat(callerOf(bob).role()).isEqualTo(Role.VIEWER);
    assertThat(callerOf(again).subject()).isEqualTo(ada.id().toString());
    assertThat(
            accounts
                .refresh
                .refresh(new RefreshSessionUseCase.Command(again.refreshToken()))
                .idToken())
        .isNotEmpty();
    assertThat(
            accounts
                .refresh
                .refresh(new RefreshSessionUseCase.Command(bob.refreshToken()))
                .idToken())
        .isNotEmpty();
  }

  @Test
  void needs_an_enabled_account() {
    Accounts.assertRefused(
        () ->
            accounts.signOutEverywhere.signOutEverywhere(
                new SignOutEverywhereUseCase.Command(
                    new Caller("minted-for-no-account", ACME_SALES, Role.ADMIN))),
        Kind.UNAUTHENTICATED);
  }
}
