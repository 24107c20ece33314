package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import java.util.Optional;

/** Signs a user in with email and password. */
public interface SignInUseCase {
  String INVALID_CREDENTIALS = "Invalid email or password";

  /**
   * @throws io.synq.domain.DomainException {@code BAD_CREDENTIALS} "Invalid email or password"
   *     alike for an unknown email, a wrong password and a disabled user; {@code THROTTLED} after
   *     repeated failures for the email or the client
   */
  TokenPair signIn(Command command);

  /**
   * @param email the address given; empty when what was given is no address at all, which is
   *     refused like any wrong credential and counts against the client only
   * @param client who is asking (such as a network address), for throttling
   */
  record Command(Optional<Email> email, Password password, String client) {
    public Command {
      requireNonNull(email, "email");
      requireNonNull(password, "password");
      requireNonNull(client, "client");
    }
  }
}
