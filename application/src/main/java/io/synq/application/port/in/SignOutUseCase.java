package io.synq.application.port.in;

/** Ends the session a refresh token belongs to. */
public interface SignOutUseCase {
  /** Revokes the token's chain; an unknown token is ignored, so signing out twice is harmless. */
  void signOut(String refreshToken);
}
