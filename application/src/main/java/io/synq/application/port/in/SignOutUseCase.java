package io.synq.application.port.in;

/** Ends the session a refresh token belongs to. */
public interface SignOutUseCase {
  /** Revokes the token's chain; an unknown token is ignored, so signing out twice is harmless. */
  void signOut(Command command);

  /**
   * @param refreshToken as the client sent it, not yet trusted; null when it sent none
   */
  record Command(String refreshToken) {}
}
