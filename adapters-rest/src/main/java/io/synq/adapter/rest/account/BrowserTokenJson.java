package io.synq.adapter.rest.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.synq.application.port.in.TokenPair;

/** A token response to a browser session: the refresh token is in the cookie, not here. */
record BrowserTokenJson(
    @JsonProperty("id_token") String idToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {

  static BrowserTokenJson from(TokenPair session) {
    return new BrowserTokenJson(session.idToken(), "Bearer", session.expiresIn().toSeconds());
  }

  @Override
  public String toString() {
    return "BrowserTokenJson[expiresIn=" + expiresIn + "]";
  }
}
