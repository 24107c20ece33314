package io.synq.adapter.rest.http;

import io.synq.application.port.in.Identity;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The security context of an authenticated request; roles are the token's role claim values. */
final class CallerSecurityContext implements SecurityContext {
  private final CallerPrincipal principal;
  private final boolean secure;

  CallerSecurityContext(Identity identity, boolean secure) {
    this.principal = new CallerPrincipal(identity);
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
