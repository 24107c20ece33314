package io.synq.adapter.rest.http;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.application.port.in.Identity;
import io.synq.domain.access.Caller;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Replaces the token's caller by the caller as its account stands now, on resources marked {@link
 * RequiresCurrentAccount}: after authentication, before the permission check (which then sees the
 * current role), so a disabled account gets 401 and a demoted one 403 before any body is read.
 * {@link EarlyAuthorizationFilter} usually does it before matching already; then this does not read
 * the account again.
 */
final class CurrentAccountFeature implements DynamicFeature {
  private static final String CONFIRMED = "io.synq.current-account-confirmed";

  private final CurrentAccountUseCase currentAccount;

  CurrentAccountFeature(CurrentAccountUseCase currentAccount) {
    this.currentAccount = requireNonNull(currentAccount, "currentAccount");
  }

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceClass().isAnnotationPresent(RequiresCurrentAccount.class)) {
      context.register(
          (ContainerRequestFilter) request -> confirm(request, currentAccount),
          Priorities.AUTHORIZATION - 1);
    }
  }

  /**
   * Puts the caller as its account stands now into the request's security context, once per
   * request.
   *
   * @return that caller
   */
  static Caller confirm(ContainerRequestContext request, CurrentAccountUseCase currentAccount) {
    Identity identity = CallerPrincipal.identityOf(request.getSecurityContext());
    if (request.getProperty(CONFIRMED) != null) {
      return identity.caller();
    }
    Caller current = currentAccount.current(new CurrentAccountUseCase.Query(identity.caller()));
    request.setSecurityContext(
        new CallerSecurityContext(
            new Identity(current, identity.issuer(), identity.expiresAt()),
            request.getSecurityContext().isSecure()));
    request.setProperty(CONFIRMED, Boolean.TRUE);
    return current;
  }
}
