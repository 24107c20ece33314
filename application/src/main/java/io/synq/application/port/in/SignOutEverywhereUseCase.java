package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;

/** Ends every session of the caller's own account. */
public interface SignOutEverywhereUseCase {
  /**
   * Revokes every refresh-token chain of the caller's account, then every ID token issued to it so
   * far: those answer 401 once the revocation has reached every instance.
   *
   * @throws io.synq.domain.DomainException {@code UNAUTHENTICATED} when the caller has no enabled
   *     account (a token minted by the {@code token} command, say)
   */
  void signOutEverywhere(Command command);

  record Command(Caller caller) {
    public Command {
      requireNonNull(caller, "caller");
    }
  }
}
