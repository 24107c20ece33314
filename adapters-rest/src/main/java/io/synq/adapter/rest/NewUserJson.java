package io.synq.adapter.rest;

import io.synq.application.port.in.CreateUserUseCase;
import io.synq.domain.access.Caller;

/**
 * The body of a new user. The use case rejects missing or bad values by name; tenant and
 * organization are deliberately absent: the user joins the administrator's own.
 */
record NewUserJson(String email, String password, String role) {
  CreateUserUseCase.Command toCommand(Caller caller) {
    return new CreateUserUseCase.Command(caller, email, password, role);
  }

  @Override
  public String toString() {
    return "NewUserJson[email=" + email + ", password=****, role=" + role + "]";
  }
}
