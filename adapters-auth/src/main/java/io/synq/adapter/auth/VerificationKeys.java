package io.synq.adapter.auth;

import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Optional;

/** An immutable set of trusted keys, as loaded at one point in time. */
record VerificationKeys(List<VerificationKey> keys) implements KeySet {
  static final VerificationKeys NONE = new VerificationKeys(List.of());

  VerificationKeys {
    keys = List.copyOf(keys);
  }

  /** The key with that id; with no id, the only key, and nothing when there are several. */
  @Override
  public Optional<RSAPublicKey> find(String keyId) {
    if (keyId == null) {
      return keys.size() == 1 ? Optional.of(keys.get(0).key()) : Optional.empty();
    }
    return keys.stream()
        .filter(key -> keyId.equals(key.keyId()))
        .map(VerificationKey::key)
        .findFirst();
  }

  /** As {@link #find} with the key compared, without a stream: asked on every cached hit. */
  @Override
  public boolean trusts(String keyId, RSAPublicKey key) {
    if (keyId == null) {
      return keys.size() == 1 && VerificationKey.sameKey(keys.get(0).key(), key);
    }
    for (VerificationKey candidate : keys) {
      if (keyId.equals(candidate.keyId())) {
        return VerificationKey.sameKey(candidate.key(), key);
      }
    }
    return false;
  }

  @Override
  public int size() {
    return keys.size();
  }
}
