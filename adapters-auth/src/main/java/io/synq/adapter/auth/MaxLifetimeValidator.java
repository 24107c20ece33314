package io.synq.adapter.auth;

import java.time.Duration;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.JwtContext;

/** Rejects tokens whose lifetime, {@code exp - iat}, exceeds the documented hour. */
final class MaxLifetimeValidator implements ErrorCodeValidator {
  static final Duration MAX_LIFETIME = Duration.ofHours(1);

  /** Outside jose4j's own codes (1 to 24). */
  static final int LIFETIME_TOO_LONG = 1001;

  @Override
  public Error validate(JwtContext context) throws MalformedClaimException {
    JwtClaims claims = context.getJwtClaims();
    NumericDate issuedAt = claims.getIssuedAt();
    NumericDate expiresAt = claims.getExpirationTime();
    if (issuedAt == null || expiresAt == null) {
      return null; // absence is reported by jose4j's own date validator
    }
    long lifetimeSeconds = expiresAt.getValue() - issuedAt.getValue();
    if (lifetimeSeconds > MAX_LIFETIME.toSeconds()) {
      return new Error(LIFETIME_TOO_LONG, "lifetime exceeds " + MAX_LIFETIME.toSeconds() + "s");
    }
    return null;
  }
}
