package io.synq.adapter.rest.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.synq.domain.account.User;

/** A user on the wire; the password hash never leaves the server. Times are ISO-8601 in UTC. */
record UserJson(
    String id,
    String email,
    String role,
    boolean disabled,
    @JsonProperty("created_at") String createdAt,
    @JsonProperty("updated_at") String updatedAt) {

  static UserJson from(User user) {
    return new UserJson(
        user.id().toString(),
        user.email().value(),
        user.role().claimValue(),
        user.disabled(),
        user.createdAt().toString(),
        user.updatedAt().toString());
  }
}
