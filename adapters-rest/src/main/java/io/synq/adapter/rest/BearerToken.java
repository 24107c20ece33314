package io.synq.adapter.rest;

import io.synq.domain.DomainException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the token from a request's Authorization header as RFC 6750 section 2.1 defines it:
 * exactly one header, the scheme {@code Bearer} in any case, one or more spaces, a b64token.
 */
final class BearerToken {
  private static final String SCHEME = "bearer";
  private static final Pattern CREDENTIALS =
      Pattern.compile("(?i:" + SCHEME + ") +([A-Za-z0-9\\-._~+/]+=*)");
  private static final Pattern WHITE_SPACE = Pattern.compile("[ \t]");

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
    if (!scheme(value).equals(SCHEME)) {
      return Optional.empty();
    }
    Matcher matcher = CREDENTIALS.matcher(value);
    if (!matcher.matches()) {
      throw DomainException.unauthenticated("malformed bearer credentials");
    }
    return Optional.of(matcher.group(1));
  }

  /**
   * What precedes the first white space; a tab is not a valid separator, but it ends the scheme.
   */
  private static String scheme(String value) {
    return WHITE_SPACE.split(value, 2)[0].toLowerCase(Locale.ROOT);
  }
}
