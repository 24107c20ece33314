package io.synq.domain.access;

import static java.util.Objects.requireNonNull;

import io.synq.domain.tenancy.OrgScope;

/** An authenticated caller: who it is, the scope it acts in and the role it holds there. */
public record Caller(String subject, OrgScope scope, Role role) {
  public static final String INSUFFICIENT_PERMISSIONS = "Insufficient permissions";

  public Caller {
    requireNonNull(subject, "subject");
    requireNonNull(scope, "scope");
    requireNonNull(role, "role");
  }

  /** Fails with {@link PermissionDeniedException} unless the caller's role permits the action. */
  public void require(Permission permission) {
    if (!role.permits(permission)) {
      throw new PermissionDeniedException(permission);
    }
  }
}
