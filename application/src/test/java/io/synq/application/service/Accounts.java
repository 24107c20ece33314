package io.synq.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.SignInLimits;
import io.synq.application.SynqCore;
import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.SignInUseCase;
import io.synq.application.port.in.SignOutEverywhereUseCase;
import io.synq.application.port.in.SignOutUseCase;
import io.synq.application.port.in.TokenPair;
import io.synq.application.testing.InMemoryAttemptCounter;
import io.synq.application.testing.InMemoryIdTokenIssuer;
import io.synq.application.testing.InMemoryProductRepository;
import io.synq.application.testing.InMemoryRefreshTokenStore;
import io.synq.application.testing.InMemoryUserRepository;
import io.synq.application.testing.TestClock;
import io.synq.application.testing.TestPasswordHasher;
import io.synq.domain.DomainException;
import io.synq.domain.DomainException.Kind;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The account use cases, through the front door, on in-memory ports that share one clock. */
final class Accounts {
  static final OrgScope ACME_SALES = OrgScope.of("acme", "sales");
  static final String PASSWORD = "correct horse battery";
  static final int MAX_FAILURES = 3;
  static final int MAX_FAILURES_PER_ACCOUNT = 7;
  static final int MAX_FAILURES_PER_CLIENT = 5;
  static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
  static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

  final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
  final InMemoryUserRepository users = new InMemoryUserRepository();
  final TestPasswordHasher hasher = new TestPasswordHasher();
  final InMemoryIdTokenIssuer idTokens = new InMemoryIdTokenIssuer();
  final InMemoryRefreshTokenStore refreshTokenStore = new InMemoryRefreshTokenStore();

  final SynqCore core =
      SynqCore.builder(new InMemoryProductRepository(), idTokens.verifier(), clock)
          .accounts(
              new SynqCore.AccountStores(
                  users, refreshTokenStore, hasher, idTokens, new InMemoryAttemptCounter(clock)))
          .signInLimits(
              new SignInLimits(
                  MAX_FAILURES, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_CLIENT, THROTTLE_WINDOW))
          .refreshLifetime(REFRESH_LIFETIME)
          .build();
  final SignInUseCase signIn = core.signIn();
  final RefreshSessionUseCase refresh = core.refreshSession();
  final SignOutUseCase signOut = core.signOut();
  final SignOutEverywhereUseCase signOutEverywhere = core.signOutEverywhere();
  final AuthenticateUseCase authenticate = core.authenticate();

  /** A stored user with {@link #PASSWORD}. */
  User user(OrgScope scope, String email, Role role) {
    User user =
        User.create(
            scope, new Email(email), role, hasher.hash(new Password(PASSWORD)), clock.instant());
    users.insert(user);
    return user;
  }

  /** Signs in as the REST adapter does with these fields. */
  TokenPair signIn(String email, String password, String client) {
    return signIn.signIn(
        new SignInUseCase.Command(Email.ifValid(email), new Password(password), client));
  }

  /** Whom the session's ID token was issued to; fails when it was not issued here. */
  UserId userOf(TokenPair session) {
    return idTokens.issuedTo(session.idToken()).map(User::id).orElseThrow();
  }

  static void assertRefused(ThrowingCallable call, Kind kind) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  static void assertRefused(ThrowingCallable call, Kind kind, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(kind))
        .hasMessage(message);
  }
}
