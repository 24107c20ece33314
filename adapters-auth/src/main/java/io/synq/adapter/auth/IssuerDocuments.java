package io.synq.adapter.auth;

import io.synq.application.port.out.IdTokenClaims;
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

/** What the embedded issuer publishes: its key set and its OpenID discovery document. */
final class IssuerDocuments {
  private static final String RS256 = AlgorithmIdentifiers.RSA_USING_SHA256;

  private final String issuer;
  private final SigningKeys keys;

  IssuerDocuments(String issuer, SigningKeys keys) {
    this.issuer = issuer;
    this.keys = keys;
  }

  String jwksJson() {
    List<JsonWebKey> jwks = keys.trusted().stream().map(IssuerDocuments::publicJwk).toList();
    return new JsonWebKeySet(jwks).toJson(OutputControlLevel.PUBLIC_ONLY);
  }

  String openIdConfigurationJson(String jwksUri) {
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
            IdTokenClaims.TENANT,
            IdTokenClaims.ORGANIZATION,
            IdTokenClaims.ROLE,
            TokenSigner.EMAIL_CLAIM,
            IdTokenClaims.TOKEN_GENERATION));
    return JsonUtil.toJson(document);
  }

  private static JsonWebKey publicJwk(VerificationKey key) {
    RsaJsonWebKey jwk = new RsaJsonWebKey(key.key());
    jwk.setKeyId(key.keyId());
    jwk.setUse(Use.SIGNATURE);
    jwk.setAlgorithm(RS256);
    return jwk;
  }
}
