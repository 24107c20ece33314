package io.synq.application.testing;

import io.synq.application.port.out.TokenRejectedException;
import io.synq.application.port.out.TokenRejection;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TokenVerifier} that knows the tokens it handed out: register claims, get back an opaque
 * token string; any other string is rejected as unauthenticated.
 */
public final class InMemoryTokenVerifier implements TokenVerifier {
  /** The {@code iss} of every token issued here, unless its claims say otherwise. */
  public static final String ISSUER = "https://issuer.test";

  /** The {@code exp} of every token issued here, unless its claims say otherwise. */
  public static final Instant EXPIRES_AT = Instant.parse("2099-01-01T00:00:00Z");

  private final Map<String, VerifiedToken> tokens = new ConcurrentHashMap<>();

  /**
   * A token for the given subject and claims (a null value stands for a null claim), with {@link
   * #ISSUER} and {@link #EXPIRES_AT} unless the claims give {@code iss} or {@code exp}.
   */
  public String issue(String subject, Map<String, ?> claims) {
    String token = "test-" + UUID.randomUUID();
    Map<String, Object> all = new LinkedHashMap<>(claims);
    all.putIfAbsent("iss", ISSUER);
    all.putIfAbsent("exp", EXPIRES_AT.getEpochSecond());
    tokens.put(token, new VerifiedToken(subject, all));
    return token;
  }

  /** A token with the three Synq claims set. */
  public String issue(String subject, String tenant, String organization, String role) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("tenantid", tenant);
    claims.put("org_id", organization);
    claims.put("role", role);
    return issue(subject, claims);
  }

  /** Makes a token issued earlier invalid, as expiry would. */
  public void revoke(String token) {
    tokens.remove(token);
  }

  @Override
  public VerifiedToken verify(String token) {
    VerifiedToken verified = tokens.get(token);
    if (verified == null) {
      throw TokenRejectedException.unauthenticated(TokenRejection.BAD_SIGNATURE, "unknown token");
    }
    return verified;
  }
}
