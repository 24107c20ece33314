package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;

/** The one way a verifier says yes: the claims it hands back are the token's own. */
final class Acceptances {
  private Acceptances() {}

  static VerifiedToken assertAccepted(TokenVerifier verifier, String token) {
    VerifiedToken verified = verifier.verify(token);
    JwtClaims own = claimsOf(token);
    try {
      assertThat(verified.subject()).isEqualTo(own.getSubject());
    } catch (MalformedClaimException e) {
      throw new AssertionError("the test token's subject is not a string", e);
    }
    assertThat(verified.claims()).containsAllEntriesOf(own.getClaimsMap());
    return verified;
  }

  private static JwtClaims claimsOf(String token) {
    String payload = token.split("\\.")[1];
    try {
      return JwtClaims.parse(
          new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    } catch (InvalidJwtException e) {
      throw new AssertionError("not a JWT: " + token, e);
    }
  }
}
