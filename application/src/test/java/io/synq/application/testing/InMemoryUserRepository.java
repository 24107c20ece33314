package io.synq.application.testing;

import io.synq.application.port.out.UserRepository;
import io.synq.domain.DomainException;
import io.synq.domain.account.Email;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import io.synq.domain.tenancy.OrgScope;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link UserRepository} in memory, for tests at the domain level. Behaves like the database
 * adapters (the same contract test runs against all of them), including email conflicts.
 * Thread-safe.
 */
public final class InMemoryUserRepository implements UserRepository {
  private final Map<UserId, User> byId = new LinkedHashMap<>();

  @Override
  public synchronized Optional<User> findByEmail(Email email) {
    return byId.values().stream().filter(u -> u.email().equals(email)).findFirst();
  }

  @Override
  public synchronized Optional<User> find(OrgScope scope, UserId id) {
    return Optional.ofNullable(byId.get(id)).filter(u -> u.scope().equals(scope));
  }

  @Override
  public synchronized List<User> list(OrgScope scope, int limit) {
    return byId.values().stream()
        .filter(u -> u.scope().equals(scope))
        .sorted(Comparator.comparing(User::createdAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized void insert(User user) {
    if (byId.containsKey(user.id())) {
      throw DomainException.conflict("user " + user.id() + " already exists");
    }
    if (findByEmail(user.email()).isPresent()) {
      throw DomainException.conflict(UserRepository.EMAIL_IN_USE);
    }
    byId.put(user.id(), user);
  }

  @Override
  public synchronized void update(User user, long expectedVersion) {
    User stored =
        find(user.scope(), user.id())
            .filter(u -> u.version() == expectedVersion)
            .orElseThrow(() -> DomainException.stale("user " + user.id() + " has been modified"));
    byId.put(
        user.id(),
        new User(
            stored.id(),
            stored.scope(),
            stored.email(),
            user.role(),
            user.disabled(),
            stored.passwordHash(),
            stored.createdAt(),
            user.updatedAt(),
            user.version(),
            user.tokenGeneration()));
  }

  @Override
  public synchronized boolean any() {
    return !byId.isEmpty();
  }
}
