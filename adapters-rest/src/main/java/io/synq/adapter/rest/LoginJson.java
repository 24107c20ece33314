package io.synq.adapter.rest;

import static io.synq.adapter.rest.RequiredFields.required;

import io.synq.application.port.in.Session;
import io.synq.application.port.in.SignInUseCase;

/**
 * The body of a sign-in. Only presence is checked here; whether the values are right is the
 * sign-in's business, and it answers every wrong value alike.
 */
record LoginJson(String email, String password) {
  Session signIn(SignInUseCase signIn, String client) {
    return signIn.signIn(required(email, "email"), required(password, "password"), client);
  }

  @Override
  public String toString() {
    return "LoginJson[email=" + email + ", password=****]";
  }
}
