package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.User;
import io.synq.domain.account.UserId;
import java.util.Optional;

/** An administrator changes a user's role or disables (or enables) the user. */
public interface UpdateUserUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code NOT_FOUND} for a user of another organization,
   *     {@code CONFLICT} when administrators would disable or demote themselves
   */
  User update(Command command);

  record Command(Caller caller, UserId id, Optional<Role> role, Optional<Boolean> disabled) {
    public Command {
      requireNonNull(caller, "caller");
      requireNonNull(id, "id");
      requireNonNull(role, "role");
      requireNonNull(disabled, "disabled");
    }
  }
}
