package io.synq.application.testing;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.IdTokenClaims;
import io.synq.application.port.out.IdTokenIssuer;
import io.synq.domain.account.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link IdTokenIssuer} that hands out opaque tokens instead of signed ones and remembers whom
 * each was issued to. The tokens are registered with an {@link InMemoryTokenVerifier}, so a token
 * from sign-in authenticates like a real one.
 */
public final class InMemoryIdTokenIssuer implements IdTokenIssuer {
  private final InMemoryTokenVerifier verifier;
  private final Map<String, User> issued = new ConcurrentHashMap<>();

  public InMemoryIdTokenIssuer() {
    this(new InMemoryTokenVerifier());
  }

  public InMemoryIdTokenIssuer(InMemoryTokenVerifier verifier) {
    this.verifier = requireNonNull(verifier, "verifier");
  }

  @Override
  public String issue(User user) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("tenantid", user.scope().tenant().value());
    claims.put("org_id", user.scope().organization().value());
    claims.put("role", user.role().claimValue());
    claims.put("email", user.email().value());
    claims.put(IdTokenClaims.TOKEN_GENERATION, user.tokenGeneration());
    String token = verifier.issue(user.id().toString(), claims);
    issued.put(token, user);
    return token;
  }

  /** The user the token was issued to, as the user was at that moment. */
  public Optional<User> issuedTo(String token) {
    return Optional.ofNullable(issued.get(token));
  }

  /** How many tokens have been issued so far. */
  public int issuedCount() {
    return issued.size();
  }

  /** The verifier that accepts the tokens issued here. */
  public InMemoryTokenVerifier verifier() {
    return verifier;
  }
}
