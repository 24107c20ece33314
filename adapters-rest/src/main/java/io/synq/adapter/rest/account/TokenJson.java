package io.synq.adapter.rest.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.synq.application.port.in.TokenPair;

/** The tokens of a session, laid out as an OAuth 2.0 token response (RFC 6749 section 5.1). */
record TokenJson(
    @JsonProperty("id_token") String idToken,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {

  static TokenJson from(TokenPair session) {
    return new TokenJson(
        session.idToken(), session.refreshToken(), "Bearer", session.expiresIn().toSeconds());
  }

  @Override
  public String toString() {
    return "TokenJson[expiresIn=" + expiresIn + "]";
  }
}
