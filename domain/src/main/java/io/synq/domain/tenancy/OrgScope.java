package io.synq.domain.tenancy;

import static java.util.Objects.requireNonNull;

/** The tenant and organization that every read and write is confined to. */
public record OrgScope(TenantId tenant, OrganizationId organization) {
  public OrgScope {
    requireNonNull(tenant, "tenant");
    requireNonNull(organization, "organization");
  }

  public static OrgScope of(String tenant, String organization) {
    return new OrgScope(new TenantId(tenant), new OrganizationId(organization));
  }
}
