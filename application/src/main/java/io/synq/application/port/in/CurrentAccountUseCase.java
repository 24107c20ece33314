package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;

/**
 * The caller as its account stands now, for calls that must not trust what an hour-long token
 * remembers: an administrator disabled or demoted since the token was issued loses that power at
 * once.
 */
public interface CurrentAccountUseCase {
  String NO_ACCOUNT = "the caller has no enabled account";

  /**
   * Re-reads the calling user (the token's subject, in the token's organization).
   *
   * @return the caller with the account's current role in place of the token's
   * @throws io.synq.domain.DomainException {@code UNAUTHENTICATED} when the subject names no user
   *     of that organization or the user is disabled
   */
  Caller current(Query query);

  record Query(Caller caller) {
    public Query {
      requireNonNull(caller, "caller");
    }
  }
}
