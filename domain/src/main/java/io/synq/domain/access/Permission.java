package io.synq.domain.access;

/** An action on the API that a role may or may not allow. */
public enum Permission {
  /** Reading what one's own token says: every role. */
  IDENTITY_READ,
  /** Ending every session of one's own account, live ID tokens included: every role. */
  OWN_SESSIONS_END,
  PRODUCT_READ,
  PRODUCT_CREATE,
  PRODUCT_UPDATE,
  PRODUCT_DELETE,
  USER_MANAGE
}
