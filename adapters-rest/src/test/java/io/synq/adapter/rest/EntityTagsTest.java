package io.synq.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagsTest {
  private static final LongSupplier NOT_READ =
      () -> {
        throw new AssertionError("the current version was read");
      };

  @Test
  void without_if_match_or_with_a_star_nothing_is_checked() {
    assertThat(EntityTags.expectedVersion(null, NOT_READ)).isEmpty();
    assertThat(EntityTags.expectedVersion(List.of(), NOT_READ)).isEmpty();
    assertThat(EntityTags.expectedVersion(List.of(" * "), NOT_READ)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", " \"3\" ", "W/\"3\", \"3\"", "\"3\","})
  void one_strong_tag_is_the_expected_version_without_reading_the_current_one(String header) {
    assertThat(EntityTags.expectedVersion(List.of(header), NOT_READ)).hasValue(3);
  }

  @Test
  void several_tags_match_when_the_current_version_is_among_them() {
    assertThat(EntityTags.expectedVersion(List.of("\"2\", \"a,b\"", "\"3\""), () -> 3))
        .isEqualTo(OptionalLong.of(3));
    assertStale(List.of("\"2\", \"3\""), () -> 4);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"W/\"3\"", "3", "\"3", "\"03\"", "\"0\"", "\"x\"", "\"3\" \"4\"", "", "*, \"3\""})
  void weak_malformed_or_impossible_tags_never_match(String header) {
    assertStale(List.of(header), NOT_READ);
  }

  @Test
  void a_version_too_long_for_a_long_never_matches() {
    assertStale(List.of("\"99999999999999999999\""), NOT_READ);
  }

  private static void assertStale(List<String> header, LongSupplier current) {
    assertThatThrownBy(() -> EntityTags.expectedVersion(header, current))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.STALE));
  }
}
