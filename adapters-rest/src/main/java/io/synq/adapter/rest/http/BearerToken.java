package io.synq.adapter.rest.http;

import io.synq.domain.DomainException;
import java.util.List;
import java.util.Optional;

/**
 * Extracts the token from a request's Authorization header as RFC 6750 section 2.1 defines it:
 * exactly one header, the scheme {@code Bearer} in any case, one or more spaces, a b64token ({@code
 * 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}).
 *
 * <p>Every authenticated request passes here, so it is one scan of the header, without a regular
 * expression or a copy of anything but the token.
 */
final class BearerToken {
  private static final String SCHEME = "Bearer";

  private BearerToken() {}

  /**
   * @param headers the values of every Authorization header of the request; null when there is none
   * @return the token; empty when no bearer credentials were offered at all (no header, or one of
   *     another scheme)
   * @throws DomainException {@code UNAUTHENTICATED} when bearer credentials are malformed or the
   *     header is repeated
   */
  static Optional<String> from(List<String> headers) {
    if (headers == null || headers.isEmpty()) {
      return Optional.empty();
    }
    if (headers.size() > 1) {
      throw DomainException.unauthenticated("more than one Authorization header");
    }
    String value = headers.get(0).strip();
    int schemeEnd = SCHEME.length();
    if (!value.regionMatches(true, 0, SCHEME, 0, schemeEnd)
        || (value.length() > schemeEnd && !isWhiteSpace(value.charAt(schemeEnd)))) {
      return Optional.empty();
    }
    int start = schemeEnd;
    while (start < value.length() && value.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < value.length() && isTokenCharacter(value.charAt(end))) {
      end++;
    }
    int padding = end;
    while (padding < value.length() && value.charAt(padding) == '=') {
      padding++;
    }
    if (start == schemeEnd || end == start || padding != value.length()) {
      throw DomainException.unauthenticated("malformed bearer credentials");
    }
    return Optional.of(value.substring(start));
  }

  /** What ends the scheme; a tab is not a valid separator, but it ends the scheme. */
  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isTokenCharacter(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == '/';
  }
}
