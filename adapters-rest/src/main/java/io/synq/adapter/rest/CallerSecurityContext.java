package io.synq.adapter.rest;

import io.synq.domain.access.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The security context of an authenticated request; roles are the token's role claim values. */
final class CallerSecurityContext implements SecurityContext {
  private final CallerPrincipal principal;
  private final boolean secure;

  CallerSecurityContext(Caller caller, boolean secure) {
    this.principal = new CallerPrincipal(caller);
    this.secure = secure;
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return principal.caller().role().claimValue().equals(role);
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Bearer";
  }
}
