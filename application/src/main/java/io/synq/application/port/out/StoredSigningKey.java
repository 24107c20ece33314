package io.synq.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A signing key as stored: its key id and its private key material in a serialization that only the
 * issuer adapter interprets (a JWK JSON document, or that document encrypted).
 */
public record StoredSigningKey(String keyId, String material, Instant createdAt) {
  public StoredSigningKey {
    requireNonNull(keyId, "keyId");
    requireNonNull(material, "material");
    requireNonNull(createdAt, "createdAt");
  }

  @Override
  public String toString() {
    return "StoredSigningKey[keyId=" + keyId + ", createdAt=" + createdAt + "]";
  }
}
