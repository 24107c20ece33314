package io.synq.adapter.rest.account;

import io.synq.application.port.in.CreateUserUseCase;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;

/**
 * The body of a new user. The use case rejects missing or bad values by name; tenant and
 * organization are deliberately absent: the user joins the administrator's own.
 */
record NewUserJson(String email, String password, String role) {
  CreateUserUseCase.Command toCommand(Caller caller) {
    Role parsedRole = Role.parse(role); // the first one named when several are wrong
    return new CreateUserUseCase.Command(
        caller, new Email(email), new Password(password), parsedRole);
  }

  @Override
  public String toString() {
    return "NewUserJson[email=" + email + ", password=****, role=" + role + "]";
  }
}
