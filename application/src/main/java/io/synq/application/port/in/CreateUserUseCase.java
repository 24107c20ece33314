package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.account.User;

/** An administrator adds a user to their own organization. */
public interface CreateUserUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code CONFLICT} when the email is taken
   */
  User create(Command command);

  record Command(Caller caller, String email, String password, String role) {
    public Command {
      requireNonNull(caller, "caller");
    }

    @Override
    public String toString() {
      return "Command[email=" + email + ", role=" + role + "]";
    }
  }
}
