package io.synq.adapter.rest.http;

import io.synq.application.port.in.Identity;
import io.synq.domain.DomainException;
import io.synq.domain.access.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The authenticated caller, as the principal of the request's security context. */
public record CallerPrincipal(Identity identity) implements Principal {
  Caller caller() {
    return identity.caller();
  }

  @Override
  public String getName() {
    return caller().subject();
  }

  /**
   * @throws DomainException {@code UNAUTHENTICATED} when the request was not authenticated, which
   *     only a misconfigured container could let through: fail closed
   */
  public static Caller callerOf(SecurityContext context) {
    return identityOf(context).caller();
  }

  /**
   * @throws DomainException as {@link #callerOf}
   */
  public static Identity identityOf(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof CallerPrincipal principal) {
      return principal.identity();
    }
    throw DomainException.unauthenticated("request reached a protected resource unauthenticated");
  }
}
