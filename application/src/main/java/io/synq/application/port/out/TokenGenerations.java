package io.synq.application.port.out;

import io.synq.domain.tenancy.OrgScope;
import java.util.OptionalLong;

/**
 * The current token generation of the embedded issuer's users ({@link
 * io.synq.domain.account.User#tokenGeneration()}): an ID token that names an earlier one is
 * revoked. Consulted on every authenticated request, so implementations may answer from a cache,
 * within a stated staleness bound.
 */
public interface TokenGenerations {
  /**
   * @param subject the token's {@code sub}, which the embedded issuer sets to the user's id
   * @return the generation of the enabled user with that id in that scope; empty when there is
   *     none, so that the token counts for nothing
   */
  OptionalLong current(OrgScope scope, String subject);
}
