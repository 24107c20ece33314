package io.synq.adapter.auth;

/**
 * A stored signing key that is encrypted and cannot be decrypted: no key encryption key is
 * configured, or the configured one is not the key that encrypted it (or the stored text was
 * altered; AES-GCM cannot tell the two apart). The message names the key id, never material.
 */
public final class SigningKeyDecryptionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final boolean keyConfigured;

  SigningKeyDecryptionException(String keyId, boolean keyConfigured) {
    super(
        keyConfigured
            ? "stored signing key " + keyId + " does not decrypt with the key encryption key"
            : "stored signing key " + keyId + " is encrypted, and no key encryption key is set");
    this.keyConfigured = keyConfigured;
  }

  /** Whether a key encryption key was configured (and did not decrypt), or none was. */
  public boolean keyConfigured() {
    return keyConfigured;
  }
}
