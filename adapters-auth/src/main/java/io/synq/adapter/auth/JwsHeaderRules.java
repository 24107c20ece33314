package io.synq.adapter.auth;

import io.synq.application.port.out.TokenRejectedException;
import io.synq.application.port.out.TokenRejection;
import java.util.List;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.jwx.Headers;

/**
 * Header rules checked before any key is looked up.
 *
 * <p>A token that points at its own key ({@code jku}, {@code x5u}, {@code x5c}, {@code jwk}) is
 * rejected outright, even when it is signed by a trusted key: keys come only from the configured
 * source, mainstream issuers do not put these headers in ID tokens, and refusing them leaves no
 * doubt about which key decided. We implement no JWS extension, so any {@code crit} is unknown.
 */
final class JwsHeaderRules {
  private static final List<String> KEY_POINTERS =
      List.of(
          HeaderParameterNames.JWK_SET_URL,
          HeaderParameterNames.X509_URL,
          HeaderParameterNames.X509_CERTIFICATE_CHAIN,
          HeaderParameterNames.JWK);

  private JwsHeaderRules() {}

  static void check(JwtContext parsed) {
    if (parsed.getJoseObjects().size() != 1) {
      throw TokenRejectedException.unauthenticated(
          TokenRejection.MALFORMED, "nested token not accepted");
    }
    Headers headers = parsed.getJoseObjects().get(0).getHeaders();
    for (String name : KEY_POINTERS) {
      if (headers.getObjectHeaderValue(name) != null) {
        throw TokenRejectedException.unauthenticated(
            TokenRejection.MALFORMED, "token header points at a key");
      }
    }
    if (headers.getObjectHeaderValue(HeaderParameterNames.CRITICAL) != null) {
      throw TokenRejectedException.unauthenticated(
          TokenRejection.MALFORMED, "unknown critical header");
    }
  }
}
