package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.application.port.out.TokenVerifier;
import io.synq.domain.DomainException;

/** The one way a verifier says no. */
final class Rejections {
  private Rejections() {}

  static void assertRejected(TokenVerifier verifier, String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(DomainException.class)
        .hasMessage(reason)
        .hasNoCause()
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(DomainException.Kind.UNAUTHENTICATED);
  }
}
