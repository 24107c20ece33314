package io.synq.adapter.auth;

/** The trusted keys as loaded at one time: what a {@link KeyLoader} loads and a cache holds. */
interface KeySet extends KeySource {
  /** How many keys are trusted now. */
  int size();
}
