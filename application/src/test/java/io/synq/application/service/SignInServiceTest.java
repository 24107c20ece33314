package io.synq.application.service;

import static io.synq.application.port.in.SignInUseCase.INVALID_CREDENTIALS;
import static io.synq.application.service.Accounts.ACME_SALES;
import static io.synq.application.service.Accounts.MAX_FAILURES;
import static io.synq.application.service.Accounts.MAX_FAILURES_PER_ACCOUNT;
import static io.synq.application.service.Accounts.MAX_FAILURES_PER_CLIENT;
import static io.synq.application.service.Accounts.PASSWORD;
import static io.synq.application.service.Accounts.THROTTLE_WINDOW;
import static io.synq.application.service.Accounts.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.in.TokenPair;
import io.synq.application.port.out.IdTokenIssuer;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.ThrottledException;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import java.time.Duration;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignInServiceTest {
  private static final String ADA = "ada@example.com";

  private final Accounts accounts = new Accounts();
  private User ada;

  @BeforeEach
  void storeAda() {
    ada = accounts.user(ACME_SALES, ADA, Role.EDITOR);
  }

  private TokenPair signIn(String email, String password, String client) {
    return accounts.signIn(email, password, client);
  }

  /** One failed attempt from the client, asserted to be refused as bad credentials. */
  private void fail(String email, String client) {
    assertRefused(
        () -> signIn(email, "wrong password!", client), Kind.BAD_CREDENTIALS, INVALID_CREDENTIALS);
  }

  private static void assertThrottled(ThrowingCallable call, Duration retryAfter) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.THROTTLED);
              assertThat(e.retryAfter()).isEqualTo(retryAfter);
            });
  }

  @Test
  void starts_a_session_for_the_right_password() {
    TokenPair session = signIn(ADA, PASSWORD, "client-1");

    assertThat(accounts.idTokens.issuedTo(session.idToken())).contains(ada);
    assertThat(session.expiresIn()).isEqualTo(IdTokenIssuer.LIFETIME);
    assertThat(accounts.refreshTokenStore.findByHash(RefreshTokens.hash(session.refreshToken())))
        .hasValueSatisfying(
            stored -> {
              assertThat(stored.userId()).isEqualTo(ada.id());
              assertThat(stored.scope()).isEqualTo(ACME_SALES);
              assertThat(stored.issuedAt()).isEqualTo(accounts.clock.instant());
              assertThat(stored.expiresAt())
                  .isEqualTo(accounts.clock.instant().plus(Accounts.REFRESH_LIFETIME));
            });
  }

  @Test
  void accepts_the_email_in_any_case_and_with_surrounding_spaces() {
    TokenPair session = signIn("  Ada@EXAMPLE.com ", PASSWORD, "client-1");

    assertThat(accounts.idTokens.issuedTo(session.idToken())).contains(ada);
  }

  @Test
  void starts_a_new_chain_at_each_sign_in() {
    TokenPair first = signIn(ADA, PASSWORD, "client-1");
    TokenPair second = signIn(ADA, PASSWORD, "client-1");

    assertThat(familyOf(first)).isNotEqualTo(familyOf(second));
  }

  private String familyOf(TokenPair session) {
    return accounts
        .refreshTokenStore
        .findByHash(RefreshTokens.hash(session.refreshToken()))
        .orElseThrow()
        .familyId();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("unknown email", "nobody@example.com", PASSWORD),
        Arguments.of("wrong password", ADA, "not the password"),
        Arguments.of("password in another case", ADA, PASSWORD.toUpperCase()),
        Arguments.of("malformed email", "not an email", PASSWORD),
        Arguments.of("no email", null, PASSWORD),
        Arguments.of("empty password", ADA, ""),
        Arguments.of("password beyond the maximum", ADA, "x".repeat(257)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refuses_alike_whatever_is_wrong(String why, String email, String password) {
    int issued = accounts.idTokens.issuedCount();

    assertRefused(
        () -> signIn(email, password, "client-1"), Kind.BAD_CREDENTIALS, INVALID_CREDENTIALS);
    assertThat(accounts.idTokens.issuedCount()).isEqualTo(issued);
  }

  @Test
  void refuses_a_disabled_user_with_the_right_password_alike() {
    accounts.users.update(ada.withDisabled(true, accounts.clock.instant()), ada.version());

    assertRefused(
        () -> signIn(ADA, PASSWORD, "client-1"), Kind.BAD_CREDENTIALS, INVALID_CREDENTIALS);
  }

  @Test
  void hashes_its_decoy_on_the_first_sign_in_only_whether_or_not_the_email_exists() {
    int hashesOfUsers = accounts.hasher.hashCalls();

    signIn(ADA, PASSWORD, "client-1");
    assertThat(accounts.hasher.hashCalls()).isEqualTo(hashesOfUsers + 1);

    fail("nobody@example.com", "client-2");
    signIn(ADA, PASSWORD, "client-3");
    assertThat(accounts.hasher.hashCalls()).isEqualTo(hashesOfUsers + 1);
  }

  @Test
  void checks_one_hash_whether_or_not_the_email_exists() {
    int before = accounts.hasher.matchesCalls();
    fail("nobody@example.com", "client-1");
    assertThat(accounts.hasher.matchesCalls()).isEqualTo(before + 1);

    fail(ADA, "client-2");
    assertThat(accounts.hasher.matchesCalls()).isEqualTo(before + 2);

    signIn(ADA, PASSWORD, "client-3");
    assertThat(accounts.hasher.matchesCalls()).isEqualTo(before + 3);
  }

  @Test
  void throttles_an_account_from_the_client_that_failed_while_its_owner_still_signs_in() {
    User grace = accounts.user(ACME_SALES, "grace@example.com", Role.VIEWER);
    for (int i = 0; i < MAX_FAILURES; i++) {
      fail(ADA, "stranger");
    }

    assertThrottled(() -> signIn(ADA, PASSWORD, "stranger"), THROTTLE_WINDOW);
    assertThrottled(() -> signIn("ADA@Example.com", PASSWORD, "stranger"), THROTTLE_WINDOW);
    assertThat(accounts.idTokens.issuedTo(signIn(ADA, PASSWORD, "home").idToken())).contains(ada);
    TokenPair other = signIn("grace@example.com", PASSWORD, "stranger");
    assertThat(accounts.idTokens.issuedTo(other.idToken())).contains(grace);
  }

  @Test
  void throttles_an_account_for_every_client_once_failures_from_many_reach_its_ceiling() {
    User grace = accounts.user(ACME_SALES, "grace@example.com", Role.VIEWER);
    for (int i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      fail(ADA, "client-" + i);
    }

    assertThrottled(() -> signIn(ADA, PASSWORD, "home"), THROTTLE_WINDOW);
    assertThat(accounts.userOf(signIn("grace@example.com", PASSWORD, "home")))
        .isEqualTo(grace.id());
  }

  @Test
  void throttles_a_client_after_repeated_failures_for_any_emails() {
    for (int i = 0; i < MAX_FAILURES_PER_CLIENT; i++) {
      fail("guess-" + i + "@example.com", "attacker");
    }

    assertThrottled(() -> signIn(ADA, PASSWORD, "attacker"), THROTTLE_WINDOW);
    assertThat(accounts.userOf(signIn(ADA, PASSWORD, "someone-else"))).isEqualTo(ada.id());
  }

  @Test
  void tells_how_long_is_left_of_the_window() {
    for (int i = 0; i < MAX_FAILURES; i++) {
      fail(ADA, "stranger");
    }
    accounts.clock.advance(Duration.ofMinutes(5));

    assertThrottled(() -> signIn(ADA, PASSWORD, "stranger"), THROTTLE_WINDOW.minusMinutes(5));
  }

  @Test
  void lets_the_client_in_again_once_the_window_has_passed() {
    for (int i = 0; i < MAX_FAILURES; i++) {
      fail(ADA, "laptop");
    }
    accounts.clock.advance(THROTTLE_WINDOW.minusSeconds(1));
    assertThrottled(() -> signIn(ADA, PASSWORD, "laptop"), Duration.ofSeconds(1));

    accounts.clock.advance(Duration.ofSeconds(1));

    TokenPair session = signIn(ADA, PASSWORD, "laptop");
    assertThat(accounts.idTokens.issuedTo(session.idToken())).contains(ada);
  }

  @Test
  void forgets_the_clients_failures_for_the_account_after_a_successful_sign_in() {
    for (int i = 0; i < MAX_FAILURES - 1; i++) {
      fail(ADA, "laptop");
    }
    signIn(ADA, PASSWORD, "laptop");
    for (int i = 0; i < MAX_FAILURES - 1; i++) {
      fail(ADA, "laptop");
    }

    assertThat(accounts.userOf(signIn(ADA, PASSWORD, "laptop"))).isEqualTo(ada.id());
  }
}
