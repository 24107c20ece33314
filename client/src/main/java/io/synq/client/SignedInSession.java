package io.synq.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A signed-in session that keeps its ID token fresh: it refreshes shortly before {@code exp}, and
 * once more when the server rejects the current token. Each refresh rotates the refresh token, so
 * only one may run at a time: concurrent callers wait for it and share its result (single flight).
 * When a refresh is refused the session is over: every later call fails at once, without asking the
 * server again.
 */
final class SignedInSession implements TokenSource {
  /** Refresh this long before {@code exp}, leaving room for clock differences and slow requests. */
  static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

  private final AuthApi auth;
  private final Clock clock;
  private final String email;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile SessionTokens current;
  private volatile String refusal;
  private volatile boolean closed;

  private SignedInSession(AuthApi auth, Clock clock, String email, SessionTokens tokens) {
    this.auth = auth;
    this.clock = clock;
    this.email = email;
    this.current = tokens;
  }

  /**
   * @throws SynqUnauthorizedException for a wrong email or password
   */
  static SignedInSession signIn(AuthApi auth, Clock clock, String email, String password) {
    return new SignedInSession(auth, clock, email, auth.login(email, password));
  }

  @Override
  public String token() {
    SessionTokens tokens = live();
    return tokens.expireWithin(REFRESH_MARGIN, clock.instant())
        ? replace(tokens).idToken()
        : tokens.idToken();
  }

  @Override
  public Optional<String> renewAfterRejection(String rejected) {
    SessionTokens tokens = live();
    // Another caller may have refreshed since this token was sent: its result is good enough.
    return Optional.of(
        tokens.idToken().equals(rejected) ? replace(tokens).idToken() : tokens.idToken());
  }

  /** Signs out: the server revokes the refresh token, so the session cannot be refreshed again. */
  @Override
  public void close() {
    refreshLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (refusal == null) {
        auth.logout(current.refreshToken());
      }
    } finally {
      refreshLock.unlock();
    }
  }

  /** Refreshes {@code stale} unless another caller already replaced it while this one waited. */
  private SessionTokens replace(SessionTokens stale) {
    refreshLock.lock();
    try {
      SessionTokens tokens = live();
      if (tokens != stale) {
        return tokens;
      }
      try {
        current = auth.refresh(stale.refreshToken());
      } catch (SynqUnauthorizedException e) {
        refusal = e.error();
        throw e;
      }
      return current;
    } finally {
      refreshLock.unlock();
    }
  }

  private SessionTokens live() {
    if (closed) {
      throw new IllegalStateException("the session is signed out");
    }
    if (refusal != null) {
      throw new SynqUnauthorizedException(refusal);
    }
    return current;
  }

  @Override
  public String toString() {
    return "SignedInSession[email=" + email + "]";
  }
}
