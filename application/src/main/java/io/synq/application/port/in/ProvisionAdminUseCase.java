package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;

/** Creates an organization's administrator from the command line, where no caller exists yet. */
public interface ProvisionAdminUseCase {
  /**
   * @throws io.synq.domain.DomainException {@code CONFLICT} when the email is taken
   */
  User provision(Command command);

  /**
   * @param password acceptable for a new account ({@link Password#forNewAccount}), or {@code
   *     INVALID}
   */
  record Command(OrgScope scope, Email email, Password password) {
    public Command {
      requireNonNull(scope, "scope");
      requireNonNull(email, "email");
      password = Password.forNewAccount(requireNonNull(password, "password").value());
    }

    @Override
    public String toString() {
      return "Command[scope=" + scope + ", email=" + email + "]";
    }
  }
}
