package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenRequestTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 3600})
  void accepts_a_ttl_from_one_second_to_one_hour(long seconds) {
    assertThat(new TokenRequest("alice", "t1", "o1", "viewer", Duration.ofSeconds(seconds)).ttl())
        .hasSeconds(seconds);
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 0, 3601, 86400})
  void rejects_any_other_ttl(long seconds) {
    assertThatThrownBy(
            () -> new TokenRequest("alice", "t1", "o1", "viewer", Duration.ofSeconds(seconds)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ttl must be between 1 and 3600 seconds, was " + seconds);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void rejects_blank_values(String blank) {
    Duration ttl = Duration.ofMinutes(5);
    assertThatThrownBy(() -> new TokenRequest(blank, "t1", "o1", "viewer", ttl))
        .hasMessage("subject must not be blank");
    assertThatThrownBy(() -> new TokenRequest("alice", blank, "o1", "viewer", ttl))
        .hasMessage("tenant must not be blank");
    assertThatThrownBy(() -> new TokenRequest("alice", "t1", blank, "viewer", ttl))
        .hasMessage("organization must not be blank");
    assertThatThrownBy(() -> new TokenRequest("alice", "t1", "o1", blank, ttl))
        .hasMessage("role must not be blank");
  }
}
