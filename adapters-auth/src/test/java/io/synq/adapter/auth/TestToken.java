package io.synq.adapter.auth;

import io.synq.application.testing.TestClock;
import java.security.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Builds test tokens with jose4j: valid by default, then bent one way per test. */
final class TestToken {
  static final String ISSUER = "https://issuer.example";
  static final String AUDIENCE = "synq-api";
  static final String SUBJECT = "user-1";

  private final JwtClaims claims = new JwtClaims();
  private final Map<String, Object> headers = new LinkedHashMap<>();
  private Key signingKey;

  private TestToken() {}

  /** The verifier these tokens are made for: trusts the keys, clock standing at {@code now}. */
  static Jose4jTokenVerifier verifierAt(Instant now, KeySource keys) {
    return new Jose4jTokenVerifier(
        keys, ISSUER, AUDIENCE, Duration.ofSeconds(30), new TestClock(now));
  }

  /** Issued at {@code now} by {@link #ISSUER} for {@link #AUDIENCE}, valid 5 minutes, RS256. */
  static TestToken validAt(Instant now) {
    TestToken token = new TestToken();
    token.claims.setIssuer(ISSUER);
    token.claims.setAudience(AUDIENCE);
    token.claims.setSubject(SUBJECT);
    token.issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5)));
    token.claims.setClaim("tenantid", "t1");
    token.claims.setClaim("org_id", "o1");
    token.claims.setClaim("role", "viewer");
    return token.signedWith(TestKeys.PRIMARY);
  }

  TestToken claim(String name, Object value) {
    claims.setClaim(name, value);
    return this;
  }

  TestToken withoutClaim(String name) {
    claims.unsetClaim(name);
    return this;
  }

  TestToken issuedAt(Instant instant) {
    return claim("iat", instant.getEpochSecond());
  }

  TestToken expiresAt(Instant instant) {
    return claim("exp", instant.getEpochSecond());
  }

  TestToken notBefore(Instant instant) {
    return claim("nbf", instant.getEpochSecond());
  }

  TestToken header(String name, Object value) {
    headers.put(name, value);
    return this;
  }

  TestToken withoutKeyId() {
    headers.remove("kid");
    return this;
  }

  /** RS256 with the key's private half, naming the key's id. */
  TestToken signedWith(RsaJsonWebKey key) {
    return signedWith(AlgorithmIdentifiers.RSA_USING_SHA256, key.getPrivateKey())
        .header("kid", key.getKeyId());
  }

  TestToken signedWith(String algorithm, Key key) {
    headers.put("alg", algorithm);
    signingKey = key;
    return this;
  }

  String build() {
    JsonWebSignature jws = new JsonWebSignature();
    headers.forEach(jws::setHeader);
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey);
    jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
    jws.setDoKeyValidation(false);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
