package io.synq.adapter.auth;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.TokenRejectedException;
import io.synq.application.port.out.TokenRejection;
import io.synq.application.port.out.TokenVerifier;
import io.synq.domain.DomainException;
import java.util.Map;

/** The one way a verifier says no: a 401 whose detail and counted reason agree. */
final class Rejections {
  /** The reason an operator counts each detail by. */
  private static final Map<String, TokenRejection> COUNTED_AS =
      Map.ofEntries(
          entry("empty token", TokenRejection.MALFORMED),
          entry("token too long", TokenRejection.MALFORMED),
          entry("encrypted token (JWE) not accepted", TokenRejection.MALFORMED),
          entry("malformed token", TokenRejection.MALFORMED),
          entry("nested token not accepted", TokenRejection.MALFORMED),
          entry("token header points at a key", TokenRejection.MALFORMED),
          entry("unknown critical header", TokenRejection.MALFORMED),
          entry("invalid token", TokenRejection.MALFORMED),
          entry("bad signature", TokenRejection.BAD_SIGNATURE),
          entry("algorithm not allowed", TokenRejection.BAD_SIGNATURE),
          entry("signing key not acceptable", TokenRejection.BAD_SIGNATURE),
          entry("unknown signing key", TokenRejection.UNKNOWN_KEY),
          entry("token expired", TokenRejection.EXPIRED),
          entry("token not yet valid", TokenRejection.NOT_YET_VALID),
          entry("token issued in the future", TokenRejection.NOT_YET_VALID),
          entry("wrong issuer", TokenRejection.WRONG_ISSUER),
          entry("wrong audience", TokenRejection.WRONG_AUDIENCE),
          entry("token lifetime too long", TokenRejection.LIFETIME),
          entry("blank subject", TokenRejection.CLAIMS),
          entry("malformed claim", TokenRejection.CLAIMS),
          entry("missing exp claim", TokenRejection.CLAIMS),
          entry("missing iat claim", TokenRejection.CLAIMS),
          entry("missing sub claim", TokenRejection.CLAIMS),
          entry("missing iss claim", TokenRejection.CLAIMS),
          entry("missing aud claim", TokenRejection.CLAIMS));

  private Rejections() {}

  static void assertRejected(TokenVerifier verifier, String token, String reason) {
    assertThat(COUNTED_AS).containsKey(reason);
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(TokenRejectedException.class)
        .hasMessage(reason)
        .hasNoCause()
        .satisfies(
            e -> {
              TokenRejectedException rejected = (TokenRejectedException) e;
              assertThat(rejected.kind()).isEqualTo(DomainException.Kind.UNAUTHENTICATED);
              assertThat(rejected.reason()).isEqualTo(COUNTED_AS.get(reason));
            });
  }
}
