package io.synq.adapter.auth;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.RsaJsonWebKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded issuer's RS256 keys as its {@link SigningKeyStore} holds them: the newest signs, the
 * ones it replaced stay trusted until they retire. Read again when the copy is older than {@link
 * KeyRefreshPolicy#DEFAULT}'s {@code maxAge}, or sooner for a key id it does not know.
 */
final class SigningKeys {
  /**
   * How long a replaced key stays trusted after its successor was created: other processes may sign
   * with it until they next read the store, their last tokens live an hour more, and verifiers
   * allow some clock skew beyond that.
   */
  static final Duration RETIREMENT_DELAY =
      KeyRefreshPolicy.DEFAULT.maxAge().plus(MaxLifetimeValidator.MAX_LIFETIME).plus(ClockSkew.MAX);

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

  private final SigningKeyStore store;
  private final SigningKeyCipher cipher;
  private final Clock clock;
  private final CachedKeys<KeyRing> keys;

  private SigningKeys(
      SigningKeyStore store, SigningKeyCipher cipher, Clock clock, CachedKeys<KeyRing> keys) {
    this.store = store;
    this.cipher = cipher;
    this.clock = clock;
    this.keys = keys;
  }

  /**
   * The store's keys, after generating the first if it has none and, with a key encryption key,
   * encrypting the keys stored plain before.
   *
   * @throws SigningKeyDecryptionException when the newest stored key does not decrypt
   * @throws IllegalStateException when the newest stored key cannot be read
   */
  static SigningKeys open(
      SigningKeyStore store, Optional<KeyEncryptionKey> keyEncryptionKey, Clock clock) {
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
    return new SigningKeys(
        store,
        cipher,
        clock,
        CachedKeys.startingWith(ring, loader, KeyRefreshPolicy.DEFAULT, clock));
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

  /** The key to sign with now. */
  RsaJsonWebKey signer() {
    return keys.current().signer();
  }

  /** Every key a token may be signed with now. */
  List<VerificationKey> trusted() {
    return keys.current().trusted();
  }

  /** The keys as a verifier reads them. */
  KeySource source() {
    return keys;
  }

  /** Generates, stores and signs with a new key at once; see {@link EmbeddedIssuer#rotate()}. */
  String rotate() {
    StoredSigningKey generated = SigningKeyMaterial.generate(clock.instant());
    store.add(cipher.encrypt(generated));
    keys.reload();
    log.info("Rotated the signing key: {} signs from now on", generated.keyId());
    return generated.keyId();
  }

  /** Deletes the keys retired longer ago than {@link #RETIREMENT_DELAY}. */
  int deleteRetired() {
    return store.deleteReplacedBefore(clock.instant().minus(RETIREMENT_DELAY));
  }
}
