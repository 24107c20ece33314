package io.synq.domain.access;

import static java.util.Objects.requireNonNull;

import io.synq.domain.DomainException;

/** A caller's role does not permit what it asked for: a {@code FORBIDDEN} naming the permission. */
public final class PermissionDeniedException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final Permission permission;

  public PermissionDeniedException(Permission permission) {
    super(Kind.FORBIDDEN, Caller.INSUFFICIENT_PERMISSIONS);
    this.permission = requireNonNull(permission, "permission");
  }

  /** The permission the caller lacks. */
  public Permission permission() {
    return permission;
  }
}
