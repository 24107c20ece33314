package io.synq.adapter.auth;

/** Reads the current set of trusted keys from wherever an issuer publishes them. */
@FunctionalInterface
interface KeyLoader<K extends KeySet> {
  /**
   * @throws Exception when the keys cannot be read; the caller keeps the keys it has. The message
   *     is logged, so it must not contain key material.
   */
  K load() throws Exception;
}
