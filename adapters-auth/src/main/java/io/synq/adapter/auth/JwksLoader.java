package io.synq.adapter.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * Reads an external issuer's JWKS over HTTP and keeps the keys fit for RS256 verification: RSA,
 * {@code use} sig or absent, {@code alg} RS256 or absent, at least 2048 bits.
 */
final class JwksLoader implements KeyLoader<VerificationKeys> {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_DOCUMENT_BYTES = 512 * 1024;

  private final URI jwksUri;
  private final HttpClient http;

  JwksLoader(URI jwksUri) {
    this.jwksUri = requireNonNull(jwksUri, "jwksUri");
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  @Override
  public VerificationKeys load() throws IOException, JoseException {
    List<VerificationKey> keys =
        new JsonWebKeySet(fetch())
            .getJsonWebKeys().stream()
                .filter(JwksLoader::isRs256SigningKey)
                .map(RsaJsonWebKey.class::cast)
                .map(jwk -> new VerificationKey(jwk.getKeyId(), jwk.getRsaPublicKey()))
                .toList();
    if (keys.isEmpty()) {
      throw new JoseException("the JWKS holds no RSA signing key usable with RS256");
    }
    return new VerificationKeys(keys);
  }

  private String fetch() throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(jwksUri)
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException("the JWKS endpoint answered HTTP " + response.statusCode());
        }
        byte[] document = body.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (document.length > MAX_DOCUMENT_BYTES) {
          throw new IOException("the JWKS document exceeds " + MAX_DOCUMENT_BYTES + " bytes");
        }
        return new String(document, UTF_8);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching the JWKS");
    }
  }

  private static boolean isRs256SigningKey(JsonWebKey jwk) {
    return jwk instanceof RsaJsonWebKey rsa
        && (rsa.getUse() == null || Use.SIGNATURE.equals(rsa.getUse()))
        && (rsa.getAlgorithm() == null
            || AlgorithmIdentifiers.RSA_USING_SHA256.equals(rsa.getAlgorithm()))
        && VerificationKey.isStrongEnough(rsa.getRsaPublicKey());
  }

  /** Names the endpoint in logs without user info or query, which could carry credentials. */
  @Override
  public String toString() {
    return "JWKS "
        + jwksUri.getScheme()
        + "://"
        + jwksUri.getHost()
        + (jwksUri.getPort() == -1 ? "" : ":" + jwksUri.getPort())
        + jwksUri.getRawPath();
  }
}
