package io.synq.adapter.rest.account;

import static io.synq.adapter.rest.http.RequiredFields.required;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of a refresh or a sign-out: the refresh token, a credential in its own right. */
record RefreshTokenJson(@JsonProperty("refresh_token") String refreshToken) {
  String token() {
    return required(refreshToken, "refresh_token");
  }

  @Override
  public String toString() {
    return "RefreshTokenJson[****]";
  }
}
