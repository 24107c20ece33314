package io.synq.adapter.rest.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.synq.application.port.in.Identity;

/** What the presented token says of its bearer; the time is ISO-8601 in UTC. */
record MeJson(
    String subject,
    String tenantid,
    @JsonProperty("org_id") String orgId,
    String role,
    String issuer,
    @JsonProperty("expires_at") String expiresAt) {

  static MeJson from(Identity identity) {
    return new MeJson(
        identity.caller().subject(),
        identity.caller().scope().tenant().value(),
        identity.caller().scope().organization().value(),
        identity.caller().role().claimValue(),
        identity.issuer(),
        identity.expiresAt().toString());
  }
}
