package io.synq.adapter.auth;

import static io.synq.adapter.auth.Acceptances.assertAccepted;
import static io.synq.adapter.auth.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.out.TokenVerifier;
import io.synq.application.port.out.VerifiedToken;
import io.synq.application.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Required claims, time rules with a 30 second skew, issuer and audience. */
class ClaimRulesTest {
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final TestClock clock = new TestClock(NOW);
  private final TokenVerifier verifier =
      new Jose4jTokenVerifier(
          TestKeys.trusting(TestKeys.PRIMARY), TestToken.ISSUER, TestToken.AUDIENCE, SKEW, clock);

  @Test
  void returns_the_subject_and_every_claim_as_parsed() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("level", 2);
    nested.put("tags", List.of("a", "b"));
    String token =
        TestToken.validAt(NOW)
            .claim("nested", nested)
            .claim("flag", true)
            .claim("ratio", 0.5)
            .claim("nothing", null)
            .build();

    VerifiedToken verified = verifier.verify(token);

    assertThat(verified.subject()).isEqualTo(TestToken.SUBJECT);
    assertThat(verified.claims())
        .containsEntry("sub", TestToken.SUBJECT)
        .containsEntry("iss", TestToken.ISSUER)
        .containsEntry("aud", TestToken.AUDIENCE)
        .containsEntry("iat", NOW.getEpochSecond())
        .containsEntry("tenantid", "t1")
        .containsEntry("org_id", "o1")
        .containsEntry("role", "viewer")
        .containsEntry("nested", Map.of("level", 2L, "tags", List.of("a", "b")))
        .containsEntry("flag", true)
        .containsEntry("ratio", 0.5)
        .containsEntry("nothing", null);
  }

  @ParameterizedTest
  @CsvSource({
    "exp, missing exp claim",
    "iat, missing iat claim",
    "sub, missing sub claim",
    "iss, missing iss claim",
    "aud, missing aud claim"
  })
  void requires_claim(String claim, String reason) {
    assertRejected(verifier, TestToken.validAt(NOW).withoutClaim(claim).build(), reason);
  }

  @Test
  void rejects_a_blank_or_non_text_subject() {
    assertRejected(verifier, TestToken.validAt(NOW).claim("sub", " ").build(), "blank subject");
    assertRejected(verifier, TestToken.validAt(NOW).claim("sub", 42).build(), "malformed claim");
  }

  @Test
  void rejects_a_token_expired_beyond_the_skew() {
    TestToken token = TestToken.validAt(NOW.minus(Duration.ofMinutes(10)));

    assertRejected(verifier, token.expiresAt(NOW.minusSeconds(30)).build(), "token expired");
    assertAccepted(verifier, token.expiresAt(NOW.minusSeconds(29)).build());
  }

  @Test
  void evaluates_time_by_the_clock() {
    String token = TestToken.validAt(NOW).expiresAt(NOW.plusSeconds(300)).build();
    assertAccepted(verifier, token);

    clock.advance(Duration.ofSeconds(300).plus(SKEW));

    assertRejected(verifier, token, "token expired");
  }

  @Test
  void honours_not_before_with_the_skew() {
    assertRejected(
        verifier,
        TestToken.validAt(NOW).notBefore(NOW.plusSeconds(31)).build(),
        "token not yet valid");
    assertAccepted(verifier, TestToken.validAt(NOW).notBefore(NOW.plusSeconds(30)).build());
  }

  @Test
  void rejects_a_token_issued_in_the_future_beyond_the_skew() {
    assertRejected(
        verifier,
        TestToken.validAt(NOW).issuedAt(NOW.plusSeconds(31)).build(),
        "token issued in the future");
    assertAccepted(verifier, TestToken.validAt(NOW).issuedAt(NOW.plusSeconds(30)).build());
  }

  @Test
  void accepts_a_lifetime_of_one_hour_at_most() {
    TestToken token = TestToken.validAt(NOW);

    assertAccepted(verifier, token.expiresAt(NOW.plusSeconds(3600)).build());
    assertRejected(
        verifier, token.expiresAt(NOW.plusSeconds(3601)).build(), "token lifetime too long");
  }

  @Test
  void limits_the_lifetime_even_when_little_of_it_remains() {
    String token =
        TestToken.validAt(NOW)
            .issuedAt(NOW.minusSeconds(3000))
            .expiresAt(NOW.plusSeconds(601))
            .build();

    assertRejected(verifier, token, "token lifetime too long");
  }

  @ParameterizedTest
  @CsvSource({"https://issuer.example/", "https://ISSUER.example", "https://evil.example"})
  void requires_the_exact_issuer(String issuer) {
    assertRejected(verifier, TestToken.validAt(NOW).claim("iss", issuer).build(), "wrong issuer");
  }

  @Test
  void accepts_the_audience_alone_or_in_a_list() {
    String inList =
        TestToken.validAt(NOW).claim("aud", List.of("other-api", TestToken.AUDIENCE)).build();

    assertThat(verifier.verify(inList).claims())
        .containsEntry("aud", List.of("other-api", TestToken.AUDIENCE));
  }

  @Test
  void rejects_another_audience() {
    assertRejected(
        verifier, TestToken.validAt(NOW).claim("aud", "other-api").build(), "wrong audience");
    assertRejected(
        verifier,
        TestToken.validAt(NOW).claim("aud", List.of("other-api", "synq")).build(),
        "wrong audience");
  }
}
