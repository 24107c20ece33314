package io.synq.application.service;

import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.util.function.UnaryOperator;

/**
 * Applies a change to a user as stored now. The write is conditional on the version read, and a
 * change that lost a race is applied again to what won, so that concurrent changes never undo one
 * another (a disable lost to a role change, say).
 */
final class UserChanges {
  /** Reads and conditional writes before a change that keeps losing races gives up as stale. */
  private static final int ATTEMPTS = 3;

  private UserChanges() {}

  /**
   * @param change from the user as stored to the user as it should be; may throw to refuse
   * @return the user as written
   * @throws DomainException {@code NOT_FOUND} when there is no such user in the scope, {@code
   *     STALE} when the change lost every attempt, or whatever {@code change} throws
   */
  static User apply(UserRepository users, OrgScope scope, UserId id, UnaryOperator<User> change) {
    for (int attempt = 1; ; attempt++) {
      User user = users.find(scope, id).orElseThrow(() -> DomainException.notFound("no such user"));
      User changed = change.apply(user);
      try {
        users.update(changed, user.version());
        return changed;
      } catch (DomainException e) {
        if (e.kind() != DomainException.Kind.STALE || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
