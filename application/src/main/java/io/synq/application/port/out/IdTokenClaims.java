package io.synq.application.port.out;

/**
 * The names of the claims an ID token carries for Synq, as the authentication guide documents them:
 * what an {@link IdTokenIssuer} writes and what authentication reads from a {@link VerifiedToken}.
 */
public final class IdTokenClaims {
  public static final String TENANT = "tenantid";
  public static final String ORGANIZATION = "org_id";
  public static final String ROLE = "role";

  /** The user's token generation the embedded issuer issued the token in, for revocation. */
  public static final String TOKEN_GENERATION = "token_generation";

  private IdTokenClaims() {}
}
