package io.synq.bootstrap;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * An external identity provider for end-to-end tests: an RSA key published as a JWKS on a local
 * port, and tokens signed with it (or, to be rejected, with anything else).
 */
final class TestIssuer implements AutoCloseable {
  static final String ISSUER = "https://id.example.test/";
  static final String AUDIENCE = "synq-e2e";

  private final RsaJsonWebKey key;
  private final HttpServer server;

  TestIssuer() {
    key = rsaKey("e2e-key", 2048);
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] jwks =
        new JsonWebKeySet(key)
            .toJson(OutputControlLevel.PUBLIC_ONLY)
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/jwks.json",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    server.start();
  }

  URI jwksUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
  }

  RsaJsonWebKey key() {
    return key;
  }

  /** Standard claims for a token that is valid now; tests add or remove what they need. */
  static JwtClaims claims(String subject, Map<String, Object> synqClaims) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCE);
    claims.setSubject(subject);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(30);
    synqClaims.forEach(claims::setClaim);
    return claims;
  }

  String sign(JwtClaims claims) {
    return sign(claims, key, AlgorithmIdentifiers.RSA_USING_SHA256);
  }

  static String sign(JwtClaims claims, RsaJsonWebKey with, String algorithm) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(algorithm);
    jws.setKeyIdHeaderValue(with.getKeyId());
    jws.setKey(with.getRsaPrivateKey());
    jws.setDoKeyValidation(false);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  static RsaJsonWebKey rsaKey(String keyId, int bits) {
    try {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(bits);
      key.setKeyId(keyId);
      return key;
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  static NumericDate secondsFromNow(long seconds) {
    NumericDate date = NumericDate.now();
    date.addSeconds(seconds);
    return date;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
