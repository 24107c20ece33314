package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;

/** An administrator adds a user to their own organization. */
public interface CreateUserUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code CONFLICT} when the email is taken
   */
  User create(Command command);

  /**
   * @param password acceptable for a new account ({@link Password#forNewAccount}), or {@code
   *     INVALID}
   */
  record Command(Caller caller, Email email, Password password, Role role) {
    public Command {
      requireNonNull(caller, "caller");
      requireNonNull(email, "email");
      password = Password.forNewAccount(requireNonNull(password, "password").value());
      requireNonNull(role, "role");
    }

    @Override
    public String toString() {
      return "Command[email=" + email + ", role=" + role + "]";
    }
  }
}
