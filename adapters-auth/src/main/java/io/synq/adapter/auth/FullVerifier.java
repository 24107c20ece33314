package io.synq.adapter.auth;

/** Verifies a token in full, every time: signature, header, claims and times. */
@FunctionalInterface
interface FullVerifier {
  /**
   * @throws io.synq.application.port.out.TokenRejectedException for any token that is not valid now
   */
  Verification verification(String token);
}
