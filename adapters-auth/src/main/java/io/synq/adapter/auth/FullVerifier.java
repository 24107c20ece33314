package io.synq.adapter.auth;

/** Verifies a token in full, every time: signature, header, claims and times. */
@FunctionalInterface
interface FullVerifier {
  /**
   * @throws io.synq.domain.DomainException of kind {@code UNAUTHENTICATED} for any token that is
   *     not valid now
   */
  Verification verification(String token);
}
