package io.synq.adapter.auth;

import io.synq.application.port.out.TokenRejectedException;
import io.synq.application.port.out.TokenRejection;
import java.util.regex.Pattern;

/** Cheap checks done before any parsing: a compact JWS is three base64url parts and not huge. */
final class TokenShape {
  static final int MAX_LENGTH = 8 * 1024;

  private static final Pattern COMPACT_JWS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  private static final Pattern COMPACT_JWE =
      Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*){3}\\.[A-Za-z0-9_-]+");

  private TokenShape() {}

  static void requireCompactJws(String token) {
    if (token == null || token.isEmpty()) {
      throw TokenRejectedException.unauthenticated(TokenRejection.MALFORMED, "empty token");
    }
    if (token.length() > MAX_LENGTH) {
      throw TokenRejectedException.unauthenticated(TokenRejection.MALFORMED, "token too long");
    }
    if (COMPACT_JWE.matcher(token).matches()) {
      throw TokenRejectedException.unauthenticated(
          TokenRejection.MALFORMED, "encrypted token (JWE) not accepted");
    }
    if (!COMPACT_JWS.matcher(token).matches()) {
      throw TokenRejectedException.unauthenticated(TokenRejection.MALFORMED, "malformed token");
    }
  }
}
