package io.synq.adapter.auth;

import io.synq.application.port.out.IdTokenClaims;
import io.synq.domain.account.User;
import java.time.Clock;
import java.time.Duration;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.JoseException;

/** Mints the embedded issuer's tokens: its claims, signed RS256 with the newest signing key. */
final class TokenSigner {
  static final String EMAIL_CLAIM = "email";

  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final SigningKeys keys;

  TokenSigner(String issuer, String audience, Clock clock, SigningKeys keys) {
    this.issuer = issuer;
    this.audience = audience;
    this.clock = clock;
    this.keys = keys;
  }

  String mint(TokenRequest request) {
    return sign(claims(request));
  }

  String issue(User user, Duration lifetime) {
    JwtClaims claims =
        claims(
            new TokenRequest(
                user.id().toString(),
                user.scope().tenant().value(),
                user.scope().organization().value(),
                user.role().claimValue(),
                lifetime));
    claims.setClaim(EMAIL_CLAIM, user.email().value());
    claims.setClaim(IdTokenClaims.TOKEN_GENERATION, user.tokenGeneration());
    return sign(claims);
  }

  private JwtClaims claims(TokenRequest request) {
    NumericDate now = NumericDate.fromMilliseconds(clock.millis());
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setSubject(request.subject());
    claims.setIssuedAt(now);
    // Random: two tokens for one subject in one second differ, so a new token is always new.
    claims.setGeneratedJwtId();
    claims.setExpirationTime(NumericDate.fromSeconds(now.getValue() + request.ttl().toSeconds()));
    claims.setClaim(IdTokenClaims.TENANT, request.tenant());
    claims.setClaim(IdTokenClaims.ORGANIZATION, request.organization());
    claims.setClaim(IdTokenClaims.ROLE, request.role());
    return claims;
  }

  private String sign(JwtClaims claims) {
    RsaJsonWebKey signingKey = keys.signer();
    JsonWebSignature jws = new JsonWebSignature();
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setKeyIdHeaderValue(signingKey.getKeyId());
    jws.setHeader(HeaderParameterNames.TYPE, "JWT");
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey.getRsaPrivateKey());
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("could not sign a token", e);
    }
  }
}
