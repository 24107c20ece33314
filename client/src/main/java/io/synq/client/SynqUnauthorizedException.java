package io.synq.client;

/**
 * 401: no valid credentials. Thrown after the token source had its one chance to renew the token,
 * and when a signed-in session can no longer be refreshed (revoked, expired, user disabled): sign
 * in again.
 */
public class SynqUnauthorizedException extends SynqApiException {
  private static final long serialVersionUID = 1L;

  public SynqUnauthorizedException(String error) {
    super(401, error);
  }
}
