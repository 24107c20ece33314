package io.synq.application.port.out;

/** Checks a bearer token cryptographically and returns its claims. */
public interface TokenVerifier {
  /**
   * @param token the compact serialization, without the {@code Bearer } prefix
   * @throws io.synq.application.port.out.TokenRejectedException for any token that is not valid:
   *     malformed, badly signed, expired, not yet valid, wrong issuer or audience
   */
  VerifiedToken verify(String token);
}
