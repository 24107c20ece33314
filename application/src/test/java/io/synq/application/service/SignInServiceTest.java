package io.synq.application.service;

import static io.synq.application.port.in.SignInUseCase.INVALID_CREDENTIALS;
import static io.synq.application.service.Accounts.ACME_SALES;
import static io.synq.application.service.Accounts.MAX_FAILURES;
import static io.synq.application.service.Accounts.PASSWORD;
import static io.synq.application.service.Accounts.THROTTLE_WINDOW;
import static io.synq.application.service.Accounts.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.in.Session;
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

  private Session signIn(String email, String password, String client) {
    return accounts.signIn.signIn(email, password, client);
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
    Session session = signIn(ADA, PASSWORD, "client-1");

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
    Session session = signIn("  Ada@EXAMPLE.com ", PASSWORD, "client-1");

    assertThat(accounts.idTokens.issuedTo(session.idToken())).contains(ada);
  }

  @Test
  void starts_a_new_chain_at_each_sign_in() {
    Session first = signIn(ADA, PASSWORD, "client-1");
    Session second = signIn(ADA, PASSWORD, "client-1");

    assertThat(familyOf(first)).isNotEqualTo(familyOf(second));
  }

  private String familyOf(Session session) {
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
        Arguments.of("no password", ADA, null),
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
  void throttles_an_email_after_repeated_failures_from_any_clients() {
    User grace = accounts.user(ACME_SALES, "grace@example.com", Role.VIEWER);
    for (int i = 0; i < MAX_FAILURES; i++) {
      fail(ADA, "client-" + i);
    }

    assertThrottled(() -> signIn(ADA, PASSWORD, "fresh-client"), THROTTLE_WINDOW);
    assertThrottled(() -> signIn("ADA@Example.com", PASSWORD, "fresh-client"), THROTTLE_WINDOW);
    Session other = signIn("grace@example.com", PASSWORD, "fresh-client");
    assertThat(accounts.idTokens.issuedTo(other.idToken())).contains(grace);
  }

  @Test
  void throttles_a_client_after_repeated_failures_for_any_emails() {
    for (int i = 0; i < MAX_FAILURES; i++) {
      fail("guess-" + i + "@example.com", "attacker");
    }

    assertThrottled(() -> signIn(ADA, PASSWORD, "attacker"), THROTTLE_WINDOW);
    assertThat(signIn(ADA, PASSWORD, "someone-else").idToken()).isNotNull();
  }

  @Test
  void tells_how_long_is_left_of_the_window() {
    for (int i = 0; i < MAX_FAILURES; i++) {
      fail(ADA, "client-" + i);
    }
    accounts.clock.advance(Duration.ofMinutes(5));

    assertThrottled(() -> signIn(ADA, PASSWORD, "fresh-client"), THROTTLE_WINDOW.minusMinutes(5));
  }

  @Test
  void lets_the_email_in_again_once_the_window_has_passed() {
    for (int i = 0; i < MAX_FAILURES; i++) {
      fail(ADA, "client-" + i);
    }
    accounts.clock.advance(THROTTLE_WINDOW.minusSeconds(1));
    assertThrottled(() -> signIn(ADA, PASSWORD, "fresh-client"), Duration.ofSeconds(1));

    accounts.clock.advance(Duration.ofSeconds(1));

    Session session = signIn(ADA, PASSWORD, "fresh-client");
    assertThat(accounts.idTokens.issuedTo(session.idToken())).contains(ada);
  }

  @Test
  void forgets_an_emails_failures_after_a_successful_sign_in() {
    for (int i = 0; i < MAX_FAILURES - 1; i++) {
      fail(ADA, "before-" + i);
    }
    signIn(ADA, PASSWORD, "success");
    for (int i = 0; i < MAX_FAILURES - 1; i++) {
      fail(ADA, "after-" + i);
    }

    assertThat(signIn(ADA, PASSWORD, "last").idToken()).isNotNull();
  }
}
