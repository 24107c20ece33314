package io.synq.adapter.auth;

import static io.synq.adapter.auth.Arguments.requireNonBlank;
import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.IdTokenIssuer;
import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.TokenVerifier;
import io.synq.domain.account.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The server's own token issuer: RS256 keys kept in a {@link SigningKeyStore}, so that tokens
 * survive restarts and every process on the same store (server, CLI) shares them.
 *
 * <p>It signs with the newest key it has read from the store. {@link #rotate()} adds a newer key;
 * the key it replaces stays trusted, and published, for {@link #RETIREMENT_DELAY} after that, so no
 * token it signed breaks. Other processes read the store again when their copy is older than {@link
 * KeyRefreshPolicy#DEFAULT}'s {@code maxAge} (10 minutes), or sooner when a token names a key they
 * do not know (at most one read per 30 seconds).
 *
 * <p>The front of four parts: {@link SigningKeys} keeps the keys, {@link TokenSigner} mints, {@link
 * IssuerDocuments} publishes, and {@link #verifier} checks what they minted.
 */
public final class EmbeddedIssuer implements IdTokenIssuer {
  /**
   * How long a replaced key stays trusted after its successor was created: other processes may sign
   * with it until they next read the store, their last tokens live an hour more, and verifiers
   * allow some clock skew beyond that.
   */
  public static final Duration RETIREMENT_DELAY = SigningKeys.RETIREMENT_DELAY;

  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final SigningKeys keys;
  private final TokenSigner signer;
  private final IssuerDocuments documents;

  private EmbeddedIssuer(String issuer, String audience, Clock clock, SigningKeys keys) {
    this.issuer = issuer;
    this.audience = audience;
    this.clock = clock;
    this.keys = keys;
    this.signer = new TokenSigner(issuer, audience, clock, keys);
    this.documents = new IssuerDocuments(issuer, keys);
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
    requireNonNull(keyEncryptionKey, "keyEncryptionKey");
    requireNonBlank(issuer, "issuer");
    requireNonBlank(audience, "audience");
    requireNonNull(clock, "clock");
    return new EmbeddedIssuer(
        issuer, audience, clock, SigningKeys.open(store, keyEncryptionKey, clock));
  }

  /** A signed token with header {@code alg=RS256, kid, typ=JWT}, issued now. */
  public String mint(TokenRequest request) {
    return signer.mint(requireNonNull(request, "request"));
  }

  /**
   * An ID token for the user, as {@link #mint} makes them, with the {@code email} claim and the
   * user's token generation too, so that the token stops counting once that generation has passed.
   */
  @Override
  public String issue(User user) {
    return signer.issue(requireNonNull(user, "user"), LIFETIME);
  }

  /**
   * Deletes the keys replaced longer than {@link #RETIREMENT_DELAY} ago, which no process signs or
   * verifies with any more; safe for every instance to run at once.
   *
   * @return how many were deleted
   */
  public int deleteRetiredKeys() {
    return keys.deleteRetired();
  }

  /**
   * Generates a new signing key and stores it. This process signs with it at once; the others on
   * the same store follow within {@code maxAge}. The key it replaces is retired {@link
   * #RETIREMENT_DELAY} from now.
   *
   * @return the new key's id
   */
  public String rotate() {
    return keys.rotate();
  }

  /** As {@link #verifier(Duration, TokenCacheSize)}, with the default token cache. */
  public TokenVerifier verifier(Duration clockSkew) {
    return verifier(clockSkew, TokenCacheSize.defaultForThisHeap());
  }

  /**
   * A verifier that accepts this issuer's tokens: its {@code iss}, its audience, its keys. A token
   * it remembers stops being accepted when its key retires, as any other.
   *
   * @param clockSkew at most {@link ClockSkew#MAX}, which retired keys are kept for
   * @param tokenCache how many verified tokens it remembers
   */
  public TokenVerifier verifier(Duration clockSkew, TokenCacheSize tokenCache) {
    requireNonNull(tokenCache, "tokenCache");
    return CachingTokenVerifier.around(
        new Jose4jTokenVerifier(keys.source(), issuer, audience, clockSkew, clock),
        keys.source(),
        clock,
        tokenCache);
  }

  /** The public JWKS of every trusted key, for {@code GET /.well-known/jwks.json}. */
  public String jwksJson() {
    return documents.jwksJson();
  }

  /** A minimal OpenID discovery document, for {@code GET /.well-known/openid-configuration}. */
  public String openIdConfigurationJson(String jwksUri) {
    return documents.openIdConfigurationJson(requireNonBlank(jwksUri, "jwksUri"));
  }
}
