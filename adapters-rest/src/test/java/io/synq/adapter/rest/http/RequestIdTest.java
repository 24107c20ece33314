package io.synq.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "checkout-42.A_b",
        "0123456789012345678901234567890123456789012345678901234567890123"
      })
  void takes_the_callers_id_when_it_is_one(String id) {
    assertThat(RequestId.of(id, "00-" + TRACE + "-00f067aa0ba902b7-01")).isEqualTo(id);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "has space",
        "new\nline",
        "01234567890123456789012345678901234567890123456789012345678901234"
      })
  void else_the_trace_id_of_a_valid_traceparent(String id) {
    assertThat(RequestId.of(id, "00-" + TRACE + "-00f067aa0ba902b7-01")).isEqualTo(TRACE);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "00-" + TRACE + "-00f067aa0ba902b7",
        "ff-" + TRACE + "-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-" + TRACE + "-0000000000000000-01",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"
      })
  void else_a_new_one(String traceparent) {
    String first = RequestId.of(null, traceparent);

    assertThat(first).matches("[0-9a-f]{32}").isNotEqualTo(TRACE.toUpperCase());
    assertThat(RequestId.of(null, traceparent)).isNotEqualTo(first);
  }
}
