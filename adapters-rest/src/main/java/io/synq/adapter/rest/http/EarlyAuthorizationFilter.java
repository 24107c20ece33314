package io.synq.adapter.rest.http;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.CurrentAccountUseCase;
import io.synq.domain.access.Caller;
import io.synq.domain.access.PermissionDeniedException;
import io.synq.domain.access.Role;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.Optional;

/**
 * Authorizes a request before the container matches it, in the documented order: right after
 * authentication, before content negotiation and method checks (406, 405) and before the body is
 * read (415, 400). A method the path does not support is refused with 403 unless the caller holds
 * some permission on that path (then it learns the 405 it would get anyway).
 *
 * <p>This is the early check; {@link PermissionFeature} and {@link CurrentAccountFeature} check
 * again once the request is matched, so a path this table does not recognize still fails closed.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
final class EarlyAuthorizationFilter implements ContainerRequestFilter {
  private final Routes routes;
  private final Optional<CurrentAccountUseCase> currentAccount;

  EarlyAuthorizationFilter(Routes routes, Optional<CurrentAccountUseCase> currentAccount) {
    this.routes = requireNonNull(routes, "routes");
    this.currentAccount = requireNonNull(currentAccount, "currentAccount");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal principal)) {
      return; // a public endpoint
    }
    List<Routes.Route> onPath = routes.matching(request.getUriInfo().getPath());
    if (onPath.isEmpty()) {
      return; // 404, or matched later and checked there
    }
    Caller caller = principal.caller();
    if (currentAccount.isPresent() && onPath.stream().anyMatch(Routes.Route::currentAccount)) {
      caller = CurrentAccountFeature.confirm(request, currentAccount.get());
    }
    String method =
        HttpMethod.HEAD.equals(request.getMethod()) ? HttpMethod.GET : request.getMethod();
    List<Routes.Route> forMethod =
        onPath.stream().filter(route -> route.method().equals(method)).toList();
    if (forMethod.isEmpty()) {
      Role role = caller.role();
      if (onPath.stream().noneMatch(route -> role.permits(route.permission()))) {
        throw new PermissionDeniedException(onPath.get(0).permission());
      }
    }
    for (Routes.Route route : forMethod) {
      caller.require(route.permission());
    }
  }
}
