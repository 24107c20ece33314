package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.ListUsersUseCase;
import io.synq.application.port.in.Operation;
import io.synq.application.port.out.UserRepository;
import io.synq.domain.access.Caller;
import io.synq.domain.account.User;
import java.util.List;

public final class ListUsersService implements ListUsersUseCase {
  private final UserRepository users;
  private final CurrentAccountService accounts;

  public ListUsersService(UserRepository users) {
    this.users = requireNonNull(users, "users");
    this.accounts = new CurrentAccountService(users);
  }

  @Override
  public List<User> list(Query query) {
    Caller caller = query.caller();
    accounts.currentOf(caller).require(Operation.LIST_USERS.permission());
    return users.list(caller.scope(), MAX_USERS);
  }
}
