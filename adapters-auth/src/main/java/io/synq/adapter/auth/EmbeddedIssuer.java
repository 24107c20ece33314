package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.service.AuthenticateService;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.JoseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own token issuer: RS256 keys kept in a {@link SigningKeyStore}, so that tokens
 * survive restarts and every process on the same store (server, CLI) shares them.
 *
 * <p>It signs with the newest stored key and trusts every stored key. A key another process adds
 * later is picked up when a token names it, at most one store read per 30 seconds.
 */
public final class EmbeddedIssuer {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedIssuer.class);
  private static final String RS256 = AlgorithmIdentifiers.RSA_USING_SHA256;

  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final RsaJsonWebKey signingKey;
  private final CachedKeys trustedKeys;

  private EmbeddedIssuer(
      String issuer,
      String audience,
      Clock clock,
      RsaJsonWebKey signingKey,
      CachedKeys trustedKeys) {
    this.issuer = issuer;
    this.audience = audience;
    this.clock = clock;
    this.signingKey = signingKey;
    this.trustedKeys = trustedKeys;
  }

  /**
   * Opens the issuer on the store, first generating and storing an RSA key if the store has none.
   *
   * @param issuer the {@code iss} of minted tokens, also required of verified ones
   * @param audience the {@code aud} of minted tokens, also required of verified ones
   * @throws IllegalStateException when the newest stored key cannot be read
   */
  public static EmbeddedIssuer open(
      SigningKeyStore store, String issuer, String audience, Clock clock) {
    requireNonNull(store, "store");
    requireNonBlank(issuer, "issuer");
    requireNonBlank(audience, "audience");
    requireNonNull(clock, "clock");
    if (store.all().isEmpty()) {
      StoredSigningKey generated = SigningKeyMaterial.generate(clock.instant());
      store.add(generated);
      log.info("Generated signing key {}", generated.keyId());
    }
    RsaJsonWebKey signingKey = SigningKeyMaterial.parse(store.all().get(0));
    CachedKeys trustedKeys =
        CachedKeys.load(new StoredKeysLoader(store), KeyRefreshPolicy.DEFAULT, clock);
    return new EmbeddedIssuer(issuer, audience, clock, signingKey, trustedKeys);
  }

  /** A signed token with header {@code alg=RS256, kid, typ=JWT}, issued now. */
  public String mint(TokenRequest request) {
    NumericDate now = NumericDate.fromMilliseconds(clock.millis());
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setSubject(request.subject());
    claims.setIssuedAt(now);
    claims.setExpirationTime(NumericDate.fromSeconds(now.getValue() + request.ttl().toSeconds()));
    claims.setClaim(AuthenticateService.TENANT_CLAIM, request.tenant());
    claims.setClaim(AuthenticateService.ORGANIZATION_CLAIM, request.organization());
    claims.setClaim(AuthenticateService.ROLE_CLAIM, request.role());

    JsonWebSignature jws = new JsonWebSignature();
    jws.setAlgorithmHeaderValue(RS256);
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

  /** A verifier that accepts this issuer's tokens: its {@code iss}, its audience, its keys. */
  public TokenVerifier verifier(Duration clockSkew) {
    return new Jose4jTokenVerifier(trustedKeys, issuer, audience, clockSkew, clock);
  }

  /** The public JWKS of every trusted key, for {@code GET /.well-known/jwks.json}. */
  public String jwksJson() {
    List<JsonWebKey> jwks =
        trustedKeys.current().keys().stream().map(EmbeddedIssuer::publicJwk).toList();
    return new JsonWebKeySet(jwks).toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  /** A minimal OpenID discovery document, for {@code GET /.well-known/openid-configuration}. */
  public String openIdConfigurationJson(String jwksUri) {
    requireNonBlank(jwksUri, "jwksUri");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuer);
    document.put("jwks_uri", jwksUri);
    document.put("response_types_supported", List.of("id_token"));
    document.put("subject_types_supported", List.of("public"));
    document.put("id_token_signing_alg_values_supported", List.of(RS256));
    document.put(
        "claims_supported",
        List.of(
            "iss",
            "aud",
            "sub",
            "iat",
            "exp",
            AuthenticateService.TENANT_CLAIM,
            AuthenticateService.ORGANIZATION_CLAIM,
            AuthenticateService.ROLE_CLAIM));
    return JsonUtil.toJson(document);
  }

  private static JsonWebKey publicJwk(VerificationKey key) {
    RsaJsonWebKey jwk = new RsaJsonWebKey(key.key());
    jwk.setKeyId(key.keyId());
    jwk.setUse(Use.SIGNATURE);
    jwk.setAlgorithm(RS256);
    return jwk;
  }

  private static void requireNonBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
