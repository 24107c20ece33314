package io.synq.adapter.rest;

import io.synq.domain.DomainException;
import io.synq.domain.access.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The authenticated caller, as the principal of the request's security context. */
record CallerPrincipal(Caller caller) implements Principal {
  @Override
  public String getName() {
    return caller.subject();
  }

  /**
   * @throws DomainException {@code UNAUTHENTICATED} when the request was not authenticated, which
   *     only a misconfigured container could let through: fail closed
   */
  static Caller callerOf(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof CallerPrincipal principal) {
      return principal.caller();
    }
    throw DomainException.unauthenticated("request reached a protected resource unauthenticated");
  }
}
