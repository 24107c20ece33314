package io.synq.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DomainExceptionMapperTest {
  @Test
  void retry_after_rounds_up_to_whole_seconds() {
    assertThat(DomainExceptionMapper.retryAfterSeconds(Duration.ofSeconds(60))).isEqualTo(60);
    assertThat(DomainExceptionMapper.retryAfterSeconds(Duration.ofMillis(60_001))).isEqualTo(61);
    assertThat(DomainExceptionMapper.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
  }

  @Test
  void retry_after_is_never_less_than_a_second() {
    assertThat(DomainExceptionMapper.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    assertThat(DomainExceptionMapper.retryAfterSeconds(Duration.ofSeconds(-5))).isEqualTo(1);
  }
}
