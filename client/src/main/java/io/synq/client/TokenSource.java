package io.synq.client;

import java.util.Optional;

/**
 * Where the client gets the ID token it sends as {@code Authorization: Bearer <token>}. Must be
 * safe to call from many threads.
 */
public interface TokenSource extends AutoCloseable {
  /** The token for the next request, renewed first if it is about to expire. */
  String token();

  /**
   * Called once when the server answered 401 to {@code rejected}: a token to retry with once, or
   * empty to give up. A fixed token cannot be renewed.
   */
  default Optional<String> renewAfterRejection(String rejected) {
    return Optional.empty();
  }

  /** Releases what the source holds; a signed-in session signs out. */
  @Override
  default void close() {}

  /** A token given explicitly, used as is until it expires. */
  static TokenSource of(String token) {
    return new FixedToken(token);
  }

  /**
   * The token in the {@code SYNQ_TOKEN} environment variable, as the Synq documentation recommends.
   *
   * @throws IllegalStateException when the variable is unset or blank
   */
  static TokenSource fromEnvironment() {
    return FixedToken.fromEnvironment(System.getenv());
  }
}
