package io.synq.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Where the embedded token issuer keeps its signing keys, so that tokens survive restarts and every
 * process on the same database (server, CLI) signs and verifies with the same keys.
 */
public interface SigningKeyStore {
  /** All stored keys, newest first. */
  List<StoredSigningKey> all();

  /** Stores a new key; it becomes the newest. */
  void add(StoredSigningKey key);

  /**
   * Replaces the material of a stored key (to re-encrypt it), only if it still holds {@code
   * current}'s material: of two processes doing the same at once, one wins and nothing is lost.
   *
   * @return whether the material was replaced
   */
  boolean replaceMaterial(StoredSigningKey current, String material);

  /**
   * Deletes the keys that a newer key replaced before {@code cutoff}; the newest key always stays.
   *
   * @return how many were deleted
   */
  int deleteReplacedBefore(Instant cutoff);
}
