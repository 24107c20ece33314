package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.SignInUseCase;
import io.synq.application.port.in.TokenPair;
import io.synq.application.port.out.IdTokenIssuer;
import io.synq.application.port.out.PasswordHasher;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks email and password and starts a session. Every refusal looks the same and costs the same
 * hashing work, so that neither the answer nor its timing tells whether an email exists.
 */
public final class SignInService implements SignInUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final IdTokenIssuer idTokens;
  private final RefreshTokens refreshTokens;
  private final SignInThrottle throttle;
  private final Clock clock;
  private volatile String decoyHash;

  public SignInService(
      UserRepository users,
      PasswordHasher hasher,
      IdTokenIssuer idTokens,
      RefreshTokens refreshTokens,
      SignInThrottle throttle,
      Clock clock) {
    this.users = requireNonNull(users, "users");
    this.hasher = requireNonNull(hasher, "hasher");
    this.idTokens = requireNonNull(idTokens, "idTokens");
    this.refreshTokens = requireNonNull(refreshTokens, "refreshTokens");
    this.throttle = requireNonNull(throttle, "throttle");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public TokenPair signIn(Command command) {
    Optional<String> emailKey = command.email().map(Email::value);
    String client = command.client();
    throttle.acquire(emailKey, client);

    String decoy = decoyHash();
    Password given = command.password();
    Optional<User> user = command.email().flatMap(users::findByEmail);
    boolean matches =
        given.plausible() && hasher.matches(given, user.map(User::passwordHash).orElse(decoy));
    if (user.isEmpty() || !matches || user.get().disabled()) {
      throw DomainException.badCredentials(INVALID_CREDENTIALS);
    }
    throttle.succeeded(emailKey, client);
    return new TokenPair(
        idTokens.issue(user.get()),
        refreshTokens.startChain(user.get(), clock.instant()),
        IdTokenIssuer.LIFETIME);
  }

  /**
   * Hashed on the first sign-in rather than at start-up, which a hash would slow by a tenth of a
   * second; the first sign-in pays for it, whether its email exists or not.
   */
  private String decoyHash() {
    String decoy = decoyHash;
    if (decoy == null) {
      synchronized (this) {
        decoy = decoyHash;
        if (decoy == null) {
          decoy = hasher.hash(new Password("decoy password, matched when no user exists"));
          decoyHash = decoy;
        }
      }
    }
    return decoy;
  }
}
