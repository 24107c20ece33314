package io.synq.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {
  private static final String CLEF = "\uD834\uDD1E"; // one code point outside the BMP

  @Test
  void counts_code_points_not_chars() {
    assertThat(Text.length("abc")).isEqualTo(3);
    assertThat(Text.length(CLEF + CLEF)).isEqualTo(2);
  }

  @Test
  void finds_control_characters() {
    assertThat(Text.hasControlCharacter("plain text")).isFalse();
    assertThat(Text.hasControlCharacter("line\nbreak")).isTrue();
    assertThat(Text.hasControlCharacter("nul\u0000")).isTrue();
  }

  @Test
  void a_length_within_the_bounds_returns_the_value_itself() {
    assertThat(Text.requireLength("name", "ab", 2, 3)).isEqualTo("ab");
    assertThat(Text.requireLength("name", "abc", 2, 3)).isEqualTo("abc");
    assertThat(Text.requireLength("name", CLEF + CLEF + CLEF, 2, 3)).isEqualTo(CLEF + CLEF + CLEF);
  }

  @Test
  void a_length_out_of_the_bounds_says_which_bounds() {
    assertInvalid(() -> Text.requireLength("name", "a", 2, 3), "name must be 2-3 characters");
    assertInvalid(() -> Text.requireLength("name", "abcd", 2, 3), "name must be 2-3 characters");
    assertInvalid(
        () -> Text.requireLength("note", "abcd", 0, 3), "note must be at most 3 characters");
    assertInvalid(() -> Text.requireLength("name", null, 2, 3), "name is required");
  }

  private static void assertInvalid(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
        .hasMessage(message);
  }
}
