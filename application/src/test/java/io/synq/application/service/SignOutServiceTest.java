package io.synq.application.service;

import static io.synq.application.port.in.RefreshSessionUseCase.INVALID_REFRESH_TOKEN;
import static io.synq.application.service.Accounts.ACME_SALES;
import static io.synq.application.service.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.SignOutUseCase;
import io.synq.application.port.in.TokenPair;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignOutServiceTest {
  private static final String ADA = "ada@example.com";

  private final Accounts accounts = new Accounts();

  private User ada;

  @BeforeEach
  void storeAda() {
    ada = accounts.user(ACME_SALES, ADA, Role.EDITOR);
  }

  private TokenPair signIn() {
    return accounts.signIn(ADA, PASSWORD, "client");
  }

  private void assertEnded(TokenPair session) {
    Accounts.assertRefused(
        () -> accounts.refresh.refresh(new RefreshSessionUseCase.Command(session.refreshToken())),
        Kind.BAD_CREDENTIALS,
        INVALID_REFRESH_TOKEN);
  }

  @Test
  void ends_the_chain_of_the_token_and_no_other_session() {
    TokenPair session = signIn();
    TokenPair other = signIn();

    accounts.signOut.signOut(new SignOutUseCase.Command(session.refreshToken()));

    assertEnded(session);
    assertThat(
            accounts.userOf(
                accounts.refresh.refresh(new RefreshSessionUseCase.Command(other.refreshToken()))))
        .isEqualTo(ada.id());
  }

  @Test
  void ends_the_chain_from_a_token_already_used_up() {
    TokenPair first = signIn();
    TokenPair latest =
        accounts.refresh.refresh(new RefreshSessionUseCase.Command(first.refreshToken()));

    accounts.signOut.signOut(new SignOutUseCase.Command(first.refreshToken()));

    assertEnded(latest);
  }

  @Test
  void is_harmless_twice() {
    TokenPair session = signIn();
    accounts.signOut.signOut(new SignOutUseCase.Command(session.refreshToken()));

    assertThatCode(
            () -> accounts.signOut.signOut(new SignOutUseCase.Command(session.refreshToken())))
        .doesNotThrowAnyException();
    assertEnded(session);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"an-unknown-token"})
  void ignores_a_token_it_never_issued(String token) {
    TokenPair session = signIn();

    assertThatCode(() -> accounts.signOut.signOut(new SignOutUseCase.Command(token)))
        .doesNotThrowAnyException();
    assertThat(
            accounts.userOf(
                accounts.refresh.refresh(
                    new RefreshSessionUseCase.Command(session.refreshToken()))))
        .isEqualTo(ada.id());
  }
}
