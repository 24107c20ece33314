package io.synq.application.port.in;

import io.synq.domain.access.Caller;
import io.synq.domain.account.User;
import java.util.List;

/** An administrator lists the users of their own organization, oldest first. */
public interface ListUsersUseCase {
  int MAX_USERS = 1000;

  List<User> list(Caller caller);
}
