package io.synq.adapter.auth;

import static io.synq.adapter.auth.Arguments.requireNonBlank;
import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.TokenRejectedException;
import io.synq.application.port.out.TokenRejection;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Verifies RS256-signed JWTs against keys from a {@link KeySource}.
 *
 * <p>jose4j's two-pass pattern: the first pass only parses, so the header rules run before any key
 * is looked up; the second verifies signature and claims at the time the {@link Clock} tells.
 */
final class Jose4jTokenVerifier implements TokenVerifier, FullVerifier {
  private static final JwtConsumer PARSER =
      new JwtConsumerBuilder()
          .setSkipAllValidators()
          .setDisableRequireSignature()
          .setSkipSignatureVerification()
          .build();
  private static final MaxLifetimeValidator MAX_LIFETIME = new MaxLifetimeValidator();

  private final VerificationKeyResolver keyResolver;
  private final String issuer;
  private final String audience;
  private final int clockSkewSeconds;
  private final Clock clock;
  private volatile ConsumerAt consumer;

  Jose4jTokenVerifier(
      KeySource keys, String issuer, String audience, Duration clockSkew, Clock clock) {
    requireNonNull(keys, "keys");
    this.keyResolver = (jws, nesting) -> resolve(keys, jws.getKeyIdHeaderValue());
    this.issuer = requireNonBlank(issuer, "issuer");
    this.audience = requireNonBlank(audience, "audience");
    this.clockSkewSeconds = (int) ClockSkew.require(clockSkew).toSeconds();
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public VerifiedToken verify(String token) {
    return verification(token).token();
  }

  @Override
  public Verification verification(String token) {
    TokenShape.requireCompactJws(token);
    JwtContext parsed = parse(token);
    JwsHeaderRules.check(parsed);
    try {
      verifierAtNow().processContext(parsed);
      return verificationOf(parsed);
    } catch (InvalidJwtException e) {
      throw RejectionReason.of(e);
    } catch (MalformedClaimException e) {
      throw TokenRejectedException.unauthenticated(TokenRejection.CLAIMS, "malformed claim");
    }
  }

  private static JwtContext parse(String token) {
    try {
      return PARSER.process(token);
    } catch (InvalidJwtException e) {
      throw TokenRejectedException.unauthenticated(TokenRejection.MALFORMED, "malformed token");
    }
  }

  /**
   * jose4j judges times at a fixed evaluation time, in whole seconds: one consumer serves every
   * verification within the same second of the clock, instead of one built per token.
   */
  private JwtConsumer verifierAtNow() {
    long second = clock.millis() / 1000; // as NumericDate.fromMilliseconds
    ConsumerAt current = consumer;
    if (current == null || current.second() != second) {
      current = new ConsumerAt(second, verifierAt(NumericDate.fromSeconds(second)));
      consumer = current;
    }
    return current.consumer();
  }

  private JwtConsumer verifierAt(NumericDate evaluationTime) {
    return new JwtConsumerBuilder()
        .setJwsAlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
        .setVerificationKeyResolver(keyResolver)
        .setExpectedIssuer(issuer)
        .setExpectedAudience(audience)
        .setRequireSubject()
        .setRequireExpirationTime()
        .setRequireIssuedAt()
        .setIssuedAtRestrictions(0, Integer.MAX_VALUE)
        .registerValidator(MAX_LIFETIME)
        .setAllowedClockSkewInSeconds(clockSkewSeconds)
        .setEvaluationTime(evaluationTime)
        .build();
  }

  /**
   * A consumer and the second of the clock it judges times at; jose4j's consumers are immutable.
   */
  private record ConsumerAt(long second, JwtConsumer consumer) {}

  private static Key resolve(KeySource keys, String keyId) throws UnresolvableKeyException {
    return keys.find(keyId)
        .orElseThrow(() -> new UnresolvableKeyException("no trusted key for this token"));
  }

  /** jose4j has set the resolved key on the token's JWS, and has checked the claims read here. */
  private Verification verificationOf(JwtContext verified) throws MalformedClaimException {
    JwtClaims claims = verified.getJwtClaims();
    JsonWebStructure jws = verified.getJoseObjects().get(0);
    long from = claims.getIssuedAt().getValue();
    NumericDate notBefore = claims.getNotBefore();
    if (notBefore != null) {
      from = Math.max(from, notBefore.getValue());
    }
    return new Verification(
        verified(claims),
        jws.getKeyIdHeaderValue(),
        (RSAPublicKey) jws.getKey(),
        from - clockSkewSeconds,
        claims.getExpirationTime().getValue() + clockSkewSeconds);
  }

  private static VerifiedToken verified(JwtClaims claims) throws MalformedClaimException {
    String subject = claims.getSubject();
    if (subject.isBlank()) {
      throw TokenRejectedException.unauthenticated(TokenRejection.CLAIMS, "blank subject");
    }
    return new VerifiedToken(subject, claims.getClaimsMap());
  }
}
