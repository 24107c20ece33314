package io.synq.adapter.auth;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.InvalidAlgorithmException;
import org.jose4j.lang.InvalidKeyException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * A short internal reason for a jose4j rejection. jose4j's own messages quote the claims, so they
 * are never passed on.
 */
final class RejectionReason {
  private static final List<Map.Entry<Integer, String>> BY_ERROR_CODE =
      List.of(
          entry(ErrorCodes.SIGNATURE_INVALID, "bad signature"),
          entry(ErrorCodes.EXPIRATION_MISSING, "missing exp claim"),
          entry(ErrorCodes.ISSUED_AT_MISSING, "missing iat claim"),
          entry(ErrorCodes.SUBJECT_MISSING, "missing sub claim"),
          entry(ErrorCodes.ISSUER_MISSING, "missing iss claim"),
          entry(ErrorCodes.AUDIENCE_MISSING, "missing aud claim"),
          entry(ErrorCodes.MALFORMED_CLAIM, "malformed claim"),
          entry(ErrorCodes.ISSUER_INVALID, "wrong issuer"),
          entry(ErrorCodes.AUDIENCE_INVALID, "wrong audience"),
          entry(ErrorCodes.EXPIRED, "token expired"),
          entry(ErrorCodes.NOT_YET_VALID, "token not yet valid"),
          entry(ErrorCodes.ISSUED_AT_INVALID_FUTURE, "token issued in the future"),
          entry(MaxLifetimeValidator.LIFETIME_TOO_LONG, "token lifetime too long"));

  private RejectionReason() {}

  static String of(InvalidJwtException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UnresolvableKeyException) {
      return "unknown signing key";
    }
    if (cause instanceof InvalidAlgorithmException) {
      return "algorithm not allowed";
    }
    if (cause instanceof InvalidKeyException) {
      return "signing key not acceptable";
    }
    return BY_ERROR_CODE.stream()
        .filter(reason -> e.hasErrorCode(reason.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("invalid token");
  }
}
