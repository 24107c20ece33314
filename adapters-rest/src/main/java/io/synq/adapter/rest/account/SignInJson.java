package io.synq.adapter.rest.account;

import static io.synq.adapter.rest.http.RequiredFields.required;

import io.synq.application.port.in.SignInUseCase;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;

/**
 * The body of a sign-in. Only presence is checked here; whether the values are right is the
 * sign-in's business, and it answers every wrong value alike.
 */
record SignInJson(String email, String password) {
  SignInUseCase.Command toCommand(String client) {
    return new SignInUseCase.Command(
        Email.ifValid(required(email, "email")),
        new Password(required(password, "password")),
        client);
  }

  @Override
  public String toString() {
    return "SignInJson[email=" + email + ", password=****]";
  }
}
