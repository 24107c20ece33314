package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClockSkewTest {
  @Test
  void takes_anything_from_zero_to_the_maximum() {
    assertThat(ClockSkew.require(Duration.ZERO)).isZero();
    assertThat(ClockSkew.require(ClockSkew.MAX)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void refuses_a_negative_skew_and_one_above_the_maximum() {
    assertThatThrownBy(() -> ClockSkew.require(Duration.ofSeconds(-1)))
        .hasMessage("clockSkew must be between 0 and 300 seconds");
    assertThatThrownBy(() -> ClockSkew.require(ClockSkew.MAX.plusSeconds(1)))
        .hasMessage("clockSkew must be between 0 and 300 seconds");
  }
}
