package io.synq.application.port.in;

import io.synq.domain.access.Permission;

/**
 * What a caller can ask of the API, each with the permission it needs: the one table that both the
 * use cases and an adapter's early check (the REST filter answers 403 before a body is read) take
 * the permission from.
 */
public enum Operation {
  READ_OWN_IDENTITY(Permission.IDENTITY_READ),
  LIST_PRODUCTS(Permission.PRODUCT_READ),
  GET_PRODUCT(Permission.PRODUCT_READ),
  CREATE_PRODUCT(Permission.PRODUCT_CREATE),
  UPDATE_PRODUCT(Permission.PRODUCT_UPDATE),
  DELETE_PRODUCT(Permission.PRODUCT_DELETE),
  LIST_USERS(Permission.USER_MANAGE),
  CREATE_USER(Permission.USER_MANAGE),
  UPDATE_USER(Permission.USER_MANAGE),
  SIGN_OUT_EVERYWHERE(Permission.OWN_SESSIONS_END);

  private final Permission permission;

  Operation(Permission permission) {
    this.permission = permission;
  }

  /** The permission the caller's role must grant. */
  public Permission permission() {
    return permission;
  }
}
