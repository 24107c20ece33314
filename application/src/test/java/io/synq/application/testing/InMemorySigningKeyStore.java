package io.synq.application.testing;

import io.synq.application.port.out.SigningKeyStore;
import io.synq.application.port.out.StoredSigningKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link SigningKeyStore} in memory. Thread-safe. */
public final class InMemorySigningKeyStore implements SigningKeyStore {
  private final List<StoredSigningKey> keys = new ArrayList<>();

  @Override
  public synchronized List<StoredSigningKey> all() {
    return keys.stream()
        .sorted(Comparator.comparing(StoredSigningKey::createdAt).reversed())
        .toList();
  }

  @Override
  public synchronized void add(StoredSigningKey key) {
    keys.add(key);
  }

  @Override
  public synchronized boolean replaceMaterial(StoredSigningKey current, String material) {
    int index = keys.indexOf(current);
    if (index < 0) {
      return false;
    }
    keys.set(index, new StoredSigningKey(current.keyId(), material, current.createdAt()));
    return true;
  }

  @Override
  public synchronized int deleteReplacedBefore(Instant cutoff) {
    int before = keys.size();
    keys.removeIf(
        key ->
            keys.stream()
                .anyMatch(
                    newer ->
                        newer.createdAt().isAfter(key.createdAt())
                            && newer.createdAt().isBefore(cutoff)));
    return before - keys.size();
  }
}
