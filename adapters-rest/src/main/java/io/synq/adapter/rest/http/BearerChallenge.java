package io.synq.adapter.rest.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The 401 answer: the documented body, plus the RFC 6750 challenge. Per RFC 6750 section 3.1 the
 * challenge names an error only when bearer credentials were offered.
 */
enum BearerChallenge {
  /** No Authorization header, or one of another scheme. */
  NO_CREDENTIALS("Bearer realm=\"synq\""),
  /** Bearer credentials that are malformed or that the token verifier rejected. */
  INVALID_TOKEN("Bearer realm=\"synq\", error=\"invalid_token\"");

  static final String DETAIL = "Missing or invalid Authorization header";

  private final String header;

  BearerChallenge(String header) {
    this.header = header;
  }

  Response response() {
    return ErrorResponses.builder(Response.Status.UNAUTHORIZED, DETAIL)
        .header(HttpHeaders.WWW_AUTHENTICATE, header)
        .build();
  }
}
