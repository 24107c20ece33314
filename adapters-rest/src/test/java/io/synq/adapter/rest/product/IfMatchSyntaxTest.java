package io.synq.adapter.rest.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchSyntaxTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"*", " * ", "\"3\"", "W/\"3\"", "\"1\", \"3\"", "\"3\",", "\"a,b\"", "\"\""})
  void accepts_a_star_or_a_list_of_entity_tags(String header) {
    assertThat(IfMatchSyntax.isWellFormed(List.of(header))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "3",
        "\"3",
        "3\"",
        "\"1\" \"2\"",
        "w/\"3\"",
        "*, \"3\"",
        "\"a b\"",
        ",",
        "\"1\",,\"3\""
      })
  void refuses_anything_else(String header) {
    assertThat(IfMatchSyntax.isWellFormed(List.of(header))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "\"3"})
  void refuses_a_request_when_any_of_its_headers_is_malformed(String other) {
    assertThat(IfMatchSyntax.isWellFormed(List.of("\"3\"", other))).isFalse();
  }

  @Test
  void a_star_stands_for_any_version() {
    assertThat(IfMatchSyntax.isAny(List.of(" * "))).isTrue();
    assertThat(IfMatchSyntax.isAny(List.of("\"*\""))).isFalse();
  }
}
