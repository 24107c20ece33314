package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.IdTokenClaims;
import io.synq.application.port.out.IdTokenIssuer;
import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import io.synq.application.port.out.TokenVerifier;
import io.synq.domain.account.User;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>It signs with the newest key it has read from the store. {@link #rotate()} adds a newer key;
 * the key it replaces stays trusted, and published, for {@link #RETIREMENT_DELAY} after that, so no
 * token it signed breaks. Other processes read the store again when their copy is older than {@link
 * KeyRefreshPolicy#DEFAULT}'s {@code maxAge} (10 minutes), or sooner when a token names a key they
 * do not know (at most one read per 30 seconds).
 */
public final class EmbeddedIssuer implements IdTokenIssuer {
  /** The largest clock skew a verifier of these tokens may allow. */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * How long a replaced key stays trusted after its successor was created: other processes may sign
   * with it until they next read the store, their last tokens live an hour more, and verifiers
   * allow some clock skew beyond that.
   */
  public static final Duration RETIREMENT_DELAY =
      KeyRefreshPolicy.DEFAULT
          .maxAge()
          .plus(MaxLifetimeValidator.MAX_LIFETIME)
          .plus(MAX_CLOCK_SKEW);

  static final String EMAIL_CLAIM = "email";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedIssuer.class);
  private static final String RS256 = AlgorithmIdentifiers.RSA_USING_SHA256;

  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final SigningKeyStore store;
  private final SigningKeyCipher cipher;
  private final CachedKeys<KeyRing> keys;

  private EmbeddedIssuer(
      String issuer,
      String audience,
      Clock clock,
      SigningKeyStore store,
      SigningKeyCipher cipher,
      CachedKeys<KeyRing> keys) {
    this.issuer = issuer;
    this.audience = audience;
    this.clock = clock;
    this.store = store;
    this.cipher = cipher;
    this.keys = keys;
  }

  /**
   * Opens the issuer on the store, first generating and storing an RSA key if the store has none;
   * private keys are stored as they are (see the overload to encrypt them).
   *
   * @param issuer the {@code iss} of minted tokens, also required of verified ones
   * @param audience the {@code aud} of minted tokens, also required of verified ones
   * @throws IllegalStateException when the newest stored key cannot be read
   */
  public static EmbeddedIssuer open(
      SigningKeyStore store, String issuer, String audience, Clock clock) {
    return open(store, Optional.empty(), issuer, audience, clock);
  }

  /**
   * Opens the issuer on the store, first generating and storing an RSA key if the store has none.
   * With a key encryption key, every private key is stored encrypted with it, and keys stored
   * before in plain form are encrypted in place now, once the newest stored key has been read.
   *
   * @param keyEncryptionKey encrypts private keys in the store; without it they are stored plain
   * @param issuer the {@code iss} of minted tokens, also required of verified ones
   * @param audience the {@code aud} of minted tokens, also required of verified ones
   * @throws SigningKeyDecryptionException when the newest stored key is encrypted and this key
   *     encryption key (or the absence of one) does not decrypt it
   * @throws IllegalStateException when the newest stored key cannot be read
   */
  public static EmbeddedIssuer open(
      SigningKeyStore store,
      Optional<KeyEncryptionKey> keyEncryptionKey,
      String issuer,
      String audience,
      Clock clock) {
    requireNonNull(store, "store");
    requireNonBlank(issuer, "issuer");
    requireNonBlank(audience, "audience");
    requireNonNull(clock, "clock");
    SigningKeyCipher cipher = SigningKeyCipher.with(keyEncryptionKey);
    if (store.all().isEmpty()) {
      StoredSigningKey generated = SigningKeyMaterial.generate(clock.instant());
      store.add(cipher.encrypt(generated));
      log.info("Generated signing key {}", generated.keyId());
    }
    StoredKeysLoader loader = new StoredKeysLoader(store, cipher, RETIREMENT_DELAY, clock);
    // Loading first proves the key encryption key right before any plain key is encrypted with it.
    KeyRing ring = loader.load();
    encryptPlainKeys(store, cipher);
    CachedKeys<KeyRing> keys =
        CachedKeys.startingWith(ring, loader, KeyRefreshPolicy.DEFAULT, clock);
    return new EmbeddedIssuer(issuer, audience, clock, store, cipher, keys);
  }

  /**
   * At start-up rather than on the next rotation: a rotation leaves the old key's row in place, so
   * its plain private key would stay in the database, and in every backup, until then and after.
   */
  private static void encryptPlainKeys(SigningKeyStore store, SigningKeyCipher cipher) {
    for (StoredSigningKey stored : store.all()) {
      if (cipher.needsEncrypting(stored)
          && store.replaceMaterial(stored, cipher.encrypt(stored).material())) {
        log.info("Encrypted stored signing key {}", stored.keyId());
      }
    }
  }

  /** A signed token with header {@code alg=RS256, kid, typ=JWT}, issued now. */
  public String mint(TokenRequest request) {
    return sign(claims(request));
  }

  /**
   * An ID token for the user, as {@link #mint} makes them, with the {@code email} claim and the
   * user's token generation too, so that the token stops counting once that generation has passed.
   */
  @Override
  public String issue(User user) {
    requireNonNull(user, "user");
    JwtClaims claims =
        claims(
            new TokenRequest(
                user.id().toString(),
                user.scope().tenant().value(),
                user.scope().organization().value(),
                user.role().claimValue(),
                LIFETIME));
    claims.setClaim(EMAIL_CLAIM, user.email().value());
    claims.setClaim(IdTokenClaims.TOKEN_GENERATION, user.tokenGeneration());
    return sign(claims);
  }

  /**
   * Deletes the keys replaced longer than {@link #RETIREMENT_DELAY} ago, which no process signs or
   * verifies with any more; safe for every instance to run at once.
   *
   * @return how many were deleted
   */
  public int deleteRetiredKeys() {
    return store.deleteReplacedBefore(clock.instant().minus(RETIREMENT_DELAY));
  }

  /**
   * Generates a new signing key and stores it. This process signs with it at once; the others on
   * the same store follow within {@code maxAge}. The key it replaces is retired {@link
   * #RETIREMENT_DELAY} from now.
   *
   * @return the new key's id
   */
  public String rotate() {
    StoredSigningKey generated = SigningKeyMaterial.generate(clock.instant());
    store.add(cipher.encrypt(generated));
    keys.reload();
    log.info("Rotated the signing key: {} signs from now on", generated.keyId());
    return generated.keyId();
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
    RsaJsonWebKey signingKey = keys.current().signer();
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

  /** As {@link #verifier(Duration, TokenCacheSize)}, with the default token cache. */
  public TokenVerifier verifier(Duration clockSkew) {
    return verifier(clockSkew, TokenCacheSize.defaultForThisHeap());
  }

  /**
   * A verifier that accepts this issuer's tokens: its {@code iss}, its audience, its keys. A token
   * it remembers stops being accepted when its key retires, as any other.
   *
   * @param clockSkew at most {@link #MAX_CLOCK_SKEW}, which retired keys are kept for
   * @param tokenCache how many verified tokens it remembers
   */
  public TokenVerifier verifier(Duration clockSkew, TokenCacheSize tokenCache) {
    requireNonNull(clockSkew, "clockSkew");
    requireNonNull(tokenCache, "tokenCache");
    if (clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
      throw new IllegalArgumentException(
          "clockSkew must be at most " + MAX_CLOCK_SKEW.toSeconds() + " seconds");
    }
    return CachingTokenVerifier.around(
        new Jose4jTokenVerifier(keys, issuer, audience, clockSkew, clock), keys, clock, tokenCache);
  }

  /** The public JWKS of every trusted key, for {@code GET /.well-known/jwks.json}. */
  public String jwksJson() {
    List<JsonWebKey> jwks =
        keys.current().trusted().stream().map(EmbeddedIssuer::publicJwk).toList();
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
            IdTokenClaims.TENANT,
            IdTokenClaims.ORGANIZATION,
            IdTokenClaims.ROLE,
            EMAIL_CLAIM,
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

  private static void requireNonBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
