package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public halves of the embedded issuer's stored keys. A key that cannot be read is skipped with
 * a warning, so one damaged row does not stop the others from verifying.
 */
final class StoredKeysLoader implements KeyLoader {
  private static final Logger log = LoggerFactory.getLogger(StoredKeysLoader.class);

  private final SigningKeyStore store;

  StoredKeysLoader(SigningKeyStore store) {
    this.store = requireNonNull(store, "store");
  }

  @Override
  public VerificationKeys load() {
    List<VerificationKey> keys = new ArrayList<>();
    for (StoredSigningKey stored : store.all()) {
      try {
        keys.add(
            new VerificationKey(
                stored.keyId(), SigningKeyMaterial.parse(stored).getRsaPublicKey()));
      } catch (IllegalStateException e) {
        log.warn("Skipping a stored signing key: {}", e.getMessage());
      }
    }
    return new VerificationKeys(keys);
  }

  @Override
  public String toString() {
    return "the signing key store";
  }
}
