package io.synq.application.port.in;

/** Signs a user in with email and password. */
public interface SignInUseCase {
  String INVALID_CREDENTIALS = "Invalid email or password";

  /**
   * @param client who is asking (such as a network address), for throttling
   * @throws io.synq.domain.DomainException {@code BAD_CREDENTIALS} "Invalid email or password"
   *     alike for an unknown email, a wrong password and a disabled user; {@code THROTTLED} after
   *     repeated failures for the email or the client
   */
  Session signIn(String email, String password, String client);
}
