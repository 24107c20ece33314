package io.synq.domain.tenancy;

import io.synq.domain.Text;

/** The tenant a caller acts for. Comes only from a verified token's {@code tenantid} claim. */
public record TenantId(String value) {
  public static final int MAX_LENGTH = 128;

  public TenantId {
    if (!isValid(value)) {
      throw new IllegalArgumentException("invalid tenant id");
    }
  }

  /** Non-blank, at most {@value #MAX_LENGTH} characters, no control characters. */
  public static boolean isValid(String value) {
    return value != null
        && !value.isBlank()
        && Text.length(value) <= MAX_LENGTH
        && !Text.hasControlCharacter(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
