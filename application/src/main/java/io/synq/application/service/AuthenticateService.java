package io.synq.application.service;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.Identity;
import io.synq.application.port.out.IdTokenClaims;
import io.synq.application.port.out.TokenGenerations;
import io.synq.application.port.out.TokenRejectedException;
import io.synq.application.port.out.TokenRejection;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import io.synq.domain.access.Caller;
import io.synq.domain.access.Role;
import io.synq.domain.tenancy.OrgScope;
import io.synq.domain.tenancy.OrganizationId;
import io.synq.domain.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Verifies the token, then applies the documented claim checks in their documented order, and
 * finally, for the embedded issuer's tokens, whether the user's tokens have been revoked since.
 */
public final class AuthenticateService implements AuthenticateUseCase {
  private final TokenVerifier verifier;
  private final Optional<TokenGenerations> generations;

  /** For tokens of an external issuer: revoking them is that issuer's business. */
  public AuthenticateService(TokenVerifier verifier) {
    this.verifier = requireNonNull(verifier, "verifier");
    this.generations = Optional.empty();
  }

  /**
   * For the embedded issuer's tokens, which stop counting once their user's generation moves on.
   */
  public AuthenticateService(TokenVerifier verifier, TokenGenerations generations) {
    this.verifier = requireNonNull(verifier, "verifier");
    this.generations = Optional.of(generations);
  }

  @Override
  public Identity identify(Query query) {
    String bearerToken = query.bearerToken();
    if (bearerToken == null || bearerToken.isEmpty()) {
      throw TokenRejectedException.unauthenticated(TokenRejection.MISSING, "no token");
    }
    VerifiedToken token = verifier.verify(bearerToken);
    String tenant = requiredClaim(token, IdTokenClaims.TENANT);
    if (!TenantId.isValid(tenant)) {
      throw missing(IdTokenClaims.TENANT);
    }
    String organization = requiredClaim(token, IdTokenClaims.ORGANIZATION);
    if (!OrganizationId.isValid(organization)) {
      throw missing(IdTokenClaims.ORGANIZATION);
    }
    Role role =
        Role.fromClaim(requiredClaim(token, IdTokenClaims.ROLE))
            .orElseThrow(() -> TokenRejectedException.forbidden(Caller.INSUFFICIENT_PERMISSIONS));
    Caller caller = new Caller(token.subject(), OrgScope.of(tenant, organization), role);
    generations.ifPresent(current -> requireCurrentGeneration(token, caller, current));
    return new Identity(caller, issuer(token), expiry(token));
  }

  /**
   * A token without the claim was minted for no account (by the {@code token} command); one with it
   * counts only while it names the generation its user is in now.
   */
  private static void requireCurrentGeneration(
      VerifiedToken token, Caller caller, TokenGenerations generations) {
    Object claimed = token.claim(IdTokenClaims.TOKEN_GENERATION);
    if (claimed == null) {
      return;
    }
    OptionalLong current = generations.current(caller.scope(), caller.subject());
    if (!(claimed instanceof Long generation)
        || current.isEmpty()
        || current.getAsLong() != generation) {
      throw TokenRejectedException.unauthenticated(TokenRejection.REVOKED, "revoked");
    }
  }

  /** A verifier checks {@code iss} and requires {@code exp}; one that does not fails closed. */
  private static String issuer(VerifiedToken token) {
    if (token.claim("iss") instanceof String issuer && !issuer.isEmpty()) {
      return issuer;
    }
    throw TokenRejectedException.unauthenticated(TokenRejection.CLAIMS, "no issuer");
  }

  private static Instant expiry(VerifiedToken token) {
    if (token.claim("exp") instanceof Number seconds) {
      return Instant.ofEpochSecond(seconds.longValue());
    }
    throw TokenRejectedException.unauthenticated(TokenRejection.CLAIMS, "no expiry");
  }

  private static String requiredClaim(VerifiedToken token, String name) {
    if (token.claim(name) instanceof String value && !value.isEmpty()) {
      return value;
    }
    throw missing(name);
  }

  private static TokenRejectedException missing(String claim) {
    return TokenRejectedException.forbidden(String.format(MISSING_CLAIM, claim));
  }
}
