package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeyRefreshPolicyTest {
  private static final Duration ONE = Duration.ofMillis(1);

  @Test
  void takes_any_positive_durations() {
    KeyRefreshPolicy policy = new KeyRefreshPolicy(ONE, ONE, ONE);

    assertThat(policy.minInterval()).isEqualTo(ONE);
    assertThat(policy.maxAge()).isEqualTo(ONE);
    assertThat(policy.unknownKeyWait()).isEqualTo(ONE);
  }

  @Test
  void refuses_a_duration_that_is_not_positive_naming_it() {
    assertThatThrownBy(() -> new KeyRefreshPolicy(Duration.ZERO, ONE, ONE))
        .hasMessage("minInterval must be positive");
    assertThatThrownBy(() -> new KeyRefreshPolicy(ONE, ONE.negated(), ONE))
        .hasMessage("maxAge must be positive");
    assertThatThrownBy(() -> new KeyRefreshPolicy(ONE, ONE, Duration.ZERO))
        .hasMessage("unknownKeyWait must be positive");
  }
}
