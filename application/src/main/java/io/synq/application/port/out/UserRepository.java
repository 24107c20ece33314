package io.synq.application.port.out;

import io.synq.domain.account.Email;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.util.List;
import java.util.Optional;

/** Stores users. Apart from sign-in by email, every method is confined to one organization. */
public interface UserRepository {
  /** The conflict's message; it does not repeat the email, which is the caller's input. */
  String EMAIL_IN_USE = "the email is already in use";

  /** Sign-in: emails are unique across the service, so this is the one unscoped read. */
  Optional<User> findByEmail(Email email);

  Optional<User> find(OrgScope scope, UserId id);

  /** The organization's users in order of creation, at most {@code limit}. */
  List<User> list(OrgScope scope, int limit);

  /**
   * @throws io.synq.domain.DomainException {@code CONFLICT} when the email is taken
   */
  void insert(User user);

  /**
   * Stores the user's role, disabled flag, update time and version over the stored ones if those
   * are still at {@code expectedVersion}: a change made to a state that is no longer current is
   * refused rather than silently undoing another.
   *
   * @throws io.synq.domain.DomainException {@code STALE} when the stored version differs or the
   *     user is not in the user's scope
   */
  void update(User user, long expectedVersion);

  /** Whether any user exists at all, for the first-start hint. */
  boolean any();
}
