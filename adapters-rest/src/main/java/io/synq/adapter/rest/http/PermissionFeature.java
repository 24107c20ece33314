package io.synq.adapter.rest.http;

import io.synq.domain.access.Permission;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Puts a permission check in front of each resource method that declares {@link
 * RequiresPermission}. Filters run before the entity is read, so a caller without the permission
 * gets 403 whatever its body holds. The rule itself stays in the domain ({@code Role.permits}).
 */
final class PermissionFeature implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    RequiresPermission required =
        resource.getResourceMethod().getAnnotation(RequiresPermission.class);
    if (required != null) {
      context.register(
          new PermissionFilter(required.value().permission()), Priorities.AUTHORIZATION);
    }
  }

  private static final class PermissionFilter implements ContainerRequestFilter {
    private final Permission permission;

    PermissionFilter(Permission permission) {
      this.permission = permission;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      CallerPrincipal.callerOf(request.getSecurityContext()).require(permission);
    }
  }
}
