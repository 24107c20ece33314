package io.synq.domain.tenancy;

/** An organization inside a tenant. Comes only from a verified token's {@code org_id} claim. */
public record OrganizationId(String value) {
  public OrganizationId {
    // Same shape as a tenant id: both are opaque identifiers minted by the identity provider.
    if (!TenantId.isValid(value)) {
      throw new IllegalArgumentException("invalid organization id");
    }
  }

  public static boolean isValid(String value) {
    return TenantId.isValid(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
