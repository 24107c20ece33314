package io.synq.application.port.out;

import java.util.Locale;

/**
 * Why a bearer token was refused, in a few stable words an operator can count by; the detail of a
 * refusal stays in the exception's message.
 */
public enum TokenRejection {
  /** No token at all. */
  MISSING,
  /** Not a compact JWS, or a header this server does not accept. */
  MALFORMED,
  /** The signature does not verify, or uses an algorithm or key that is not accepted. */
  BAD_SIGNATURE,
  EXPIRED,
  /** {@code nbf} or {@code iat} in the future, beyond the allowed clock skew. */
  NOT_YET_VALID,
  WRONG_ISSUER,
  WRONG_AUDIENCE,
  /** Signed by a key id the trusted key set does not hold. */
  UNKNOWN_KEY,
  /** {@code exp} too far after {@code iat}: longer-lived than any token the issuer mints. */
  LIFETIME,
  /** A required claim is absent, malformed or not one this API knows. */
  CLAIMS,
  /** Valid once, but its user's tokens have been revoked since. */
  REVOKED;

  /** The lower-case name, as metrics label it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
