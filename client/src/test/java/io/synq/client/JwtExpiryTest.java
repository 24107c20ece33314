package io.synq.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtExpiryTest {
  private static String jwt(String payload) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".signature";
  }

  @Test
  void reads_exp_from_the_payload() {
    assertThat(JwtExpiry.of(jwt("{\"sub\":\"a\",\"exp\":1767225600}"), SynqJson.mapper()))
        .contains(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void anything_unreadable_has_no_expiry() {
    assertThat(JwtExpiry.of(jwt("{\"sub\":\"a\"}"), SynqJson.mapper())).isEmpty();
    assertThat(JwtExpiry.of(jwt("{\"exp\":\"soon\"}"), SynqJson.mapper())).isEmpty();
    assertThat(JwtExpiry.of(jwt("not json"), SynqJson.mapper())).isEmpty();
    assertThat(JwtExpiry.of("a.%%%.c", SynqJson.mapper())).isEmpty();
    assertThat(JwtExpiry.of("opaque-token", SynqJson.mapper())).isEmpty();
  }
}
