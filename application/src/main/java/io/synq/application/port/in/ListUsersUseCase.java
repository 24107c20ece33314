package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.account.User;
import java.util.List;

/** An administrator lists the users of their own organization, oldest first. */
public interface ListUsersUseCase {
  int MAX_USERS = 1000;

  List<User> list(Query query);

  record Query(Caller caller) {
    public Query {
      requireNonNull(caller, "caller");
    }
  }
}
