package io.synq.application.port.in;

/** Trades a refresh token for a new ID token and a new refresh token. */
public interface RefreshSessionUseCase {
  String INVALID_REFRESH_TOKEN = "Invalid refresh token";

  /**
   * @throws io.synq.domain.DomainException {@code BAD_CREDENTIALS} for an unknown, expired, revoked
   *     or already used token (a replay, which also revokes the whole chain) and for a disabled
   *     user
   */
  TokenPair refresh(Command command);

  /**
   * @param refreshToken as the client sent it, not yet trusted; null when it sent none
   */
  record Command(String refreshToken) {}
}
