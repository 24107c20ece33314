package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.Identity;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import io.synq.domain.DomainException;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.tenancy.OrgScope;
import io.synq.domain.tenancy.OrganizationId;
import io.synq.domain.tenancy.TenantId;
import java.time.Instant;

/** Verifies the token, then applies the documented claim checks in their documented order. */
public final class AuthenticateService implements AuthenticateUseCase {
  public static final String TENANT_CLAIM = "tenantid";
  public static final String ORGANIZATION_CLAIM = "org_id";
  public static final String ROLE_CLAIM = "role";

  private final TokenVerifier verifier;

  public AuthenticateService(TokenVerifier verifier) {
    this.verifier = requireNonNull(verifier, "verifier");
  }

  @Override
  public Identity identify(String bearerToken) {
    if (bearerToken == null || bearerToken.isEmpty()) {
      throw DomainException.unauthenticated("no token");
    }
    VerifiedToken token = verifier.verify(bearerToken);
    String tenant = requiredClaim(token, TENANT_CLAIM);
    if (!TenantId.isValid(tenant)) {
      throw missing(TENANT_CLAIM);
    }
    String organization = requiredClaim(token, ORGANIZATION_CLAIM);
    if (!OrganizationId.isValid(organization)) {
      throw missing(ORGANIZATION_CLAIM);
    }
    Role role =
        Role.fromClaim(requiredClaim(token, ROLE_CLAIM))
            .orElseThrow(() -> DomainException.forbidden(Caller.INSUFFICIENT_PERMISSIONS));
    return new Identity(
        new Caller(token.subject(), OrgScope.of(tenant, organization), role),
        issuer(token),
        expiry(token));
  }

  /** A verifier checks {@code iss} and requires {@code exp}; one that does not fails closed. */
  private static String issuer(VerifiedToken token) {
    if (token.claim("iss") instanceof String issuer && !issuer.isEmpty()) {
      return issuer;
    }
    throw DomainException.unauthenticated("no issuer");
  }

  private static Instant expiry(VerifiedToken token) {
    if (token.claim("exp") instanceof Number seconds) {
      return Instant.ofEpochSecond(seconds.longValue());
    }
    throw DomainException.unauthenticated("no expiry");
  }

  private static String requiredClaim(VerifiedToken token, String name) {
    if (token.claim(name) instanceof String value && !value.isEmpty()) {
      return value;
    }
    throw missing(name);
  }

  private static DomainException missing(String claim) {
    return DomainException.forbidden(String.format(MISSING_CLAIM, claim));
  }
}
