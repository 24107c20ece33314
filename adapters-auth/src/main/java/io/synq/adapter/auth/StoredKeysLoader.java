package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.RsaJsonWebKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded issuer's stored keys as a {@link KeyRing}. A key is retired {@code retirementDelay}
 * after the next newer key was created. The newest key must be readable, since it signs; an older
 * key that cannot be read (or decrypted) is skipped with a warning, so one damaged row does not
 * stop the others from verifying.
 */
final class StoredKeysLoader implements KeyLoader<KeyRing> {
  private static final Logger log = LoggerFactory.getLogger(StoredKeysLoader.class);

  private final SigningKeyStore store;
  private final SigningKeyCipher cipher;
  private final Duration retirementDelay;
  private final Clock clock;

  StoredKeysLoader(
      SigningKeyStore store, SigningKeyCipher cipher, Duration retirementDelay, Clock clock) {
    this.store = requireNonNull(store, "store");
    this.cipher = requireNonNull(cipher, "cipher");
    this.retirementDelay = requireNonNull(retirementDelay, "retirementDelay");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * @throws IllegalStateException when the store is empty or its newest key cannot be read
   * @throws SigningKeyDecryptionException when the newest key is encrypted and cannot be decrypted
   */
  @Override
  public KeyRing load() {
    List<StoredSigningKey> stored = store.all();
    if (stored.isEmpty()) {
      throw new IllegalStateException("the signing key store holds no key");
    }
    RsaJsonWebKey signer = parse(stored.get(0));
    Instant now = clock.instant();
    List<KeyRing.RetiringKey> older = new ArrayList<>();
    for (int i = 1; i < stored.size(); i++) {
      Instant retiredAt = stored.get(i - 1).createdAt().plus(retirementDelay);
      if (now.isBefore(retiredAt)) {
        readable(stored.get(i))
            .ifPresent(key -> older.add(new KeyRing.RetiringKey(key, retiredAt)));
      }
    }
    return new KeyRing(signer, older, clock);
  }

  private RsaJsonWebKey parse(StoredSigningKey stored) {
    return SigningKeyMaterial.parse(cipher.decrypt(stored));
  }

  private Optional<VerificationKey> readable(StoredSigningKey stored) {
    try {
      return Optional.of(new VerificationKey(stored.keyId(), parse(stored).getRsaPublicKey()));
    } catch (IllegalStateException e) {
      log.warn("Skipping a stored signing key: {}", e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "the signing key store";
  }
}
