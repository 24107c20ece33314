package io.synq.adapter.auth;

import static java.util.Map.entry;

import io.synq.application.port.out.TokenRejectedException;
import io.synq.application.port.out.TokenRejection;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.InvalidAlgorithmException;
import org.jose4j.lang.InvalidKeyException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * What a jose4j rejection means: a {@link TokenRejection} and a short internal detail. jose4j's own
 * messages quote the claims, so they are never passed on.
 */
final class RejectionReason {
  private record Reason(TokenRejection rejection, String detail) {}

  private static final List<Map.Entry<Integer, Reason>> BY_ERROR_CODE =
      List.of(
          entry(ErrorCodes.SIGNATURE_INVALID, bad(TokenRejection.BAD_SIGNATURE, "bad signature")),
          entry(ErrorCodes.EXPIRATION_MISSING, bad(TokenRejection.CLAIMS, "missing exp claim")),
          entry(ErrorCodes.ISSUED_AT_MISSING, bad(TokenRejection.CLAIMS, "missing iat claim")),
          entry(ErrorCodes.SUBJECT_MISSING, bad(TokenRejection.CLAIMS, "missing sub claim")),
          entry(ErrorCodes.ISSUER_MISSING, bad(TokenRejection.CLAIMS, "missing iss claim")),
          entry(ErrorCodes.AUDIENCE_MISSING, bad(TokenRejection.CLAIMS, "missing aud claim")),
          entry(ErrorCodes.MALFORMED_CLAIM, bad(TokenRejection.CLAIMS, "malformed claim")),
          entry(ErrorCodes.ISSUER_INVALID, bad(TokenRejection.WRONG_ISSUER, "wrong issuer")),
          entry(ErrorCodes.AUDIENCE_INVALID, bad(TokenRejection.WRONG_AUDIENCE, "wrong audience")),
          entry(ErrorCodes.EXPIRED, bad(TokenRejection.EXPIRED, "token expired")),
          entry(ErrorCodes.NOT_YET_VALID, bad(TokenRejection.NOT_YET_VALID, "token not yet valid")),
          entry(
              ErrorCodes.ISSUED_AT_INVALID_FUTURE,
              bad(TokenRejection.NOT_YET_VALID, "token issued in the future")),
          entry(
              MaxLifetimeValidator.LIFETIME_TOO_LONG,
              bad(TokenRejection.LIFETIME, "token lifetime too long")));

  private RejectionReason() {}

  static TokenRejectedException of(InvalidJwtException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnresolvableKeyException) {
      return rejected(TokenRejection.UNKNOWN_KEY, "unknown signing key");
    }
    if (cause instanceof InvalidAlgorithmException) {
      return rejected(TokenRejection.BAD_SIGNATURE, "algorithm not allowed");
    }
    if (cause instanceof InvalidKeyException) {
      return rejected(TokenRejection.BAD_SIGNATURE, "signing key not acceptable");
    }
    Reason reason =
        BY_ERROR_CODE.stream()
            .filter(known -> e.hasErrorCode(known.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(bad(TokenRejection.MALFORMED, "invalid token"));
    return rejected(reason.rejection(), reason.detail());
  }

  static TokenRejectedException rejected(TokenRejection rejection, String detail) {
    return TokenRejectedException.unauthenticated(rejection, detail);
  }

  private static Reason bad(TokenRejection rejection, String detail) {
    return new Reason(rejection, detail);
  }
}
