package io.synq.domain.access;

/** An action on the API that a role may or may not allow. */
public enum Permission {
  PRODUCT_READ,
  PRODUCT_CREATE,
  PRODUCT_UPDATE,
  PRODUCT_DELETE,
  USER_MANAGE
}
