package io.synq.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import org.junit.jupiter.api.Test;

class PasswordTest {
  private static final String EMOJI = "\uD83D\uDD11"; // one code point, two chars

  @Test
  void a_new_account_takes_12_to_256_characters() {
    assertThat(Password.forNewAccount("a".repeat(12)).value()).hasSize(12);
    assertThat(Password.forNewAccount("a".repeat(256)).value()).hasSize(256);

    assertInvalid(() -> Password.forNewAccount("a".repeat(11)));
    assertInvalid(() -> Password.forNewAccount("a".repeat(257)));
  }

  @Test
  void counts_a_character_outside_the_bmp_once() {
    assertThat(Password.forNewAccount(EMOJI.repeat(12)).value()).isEqualTo(EMOJI.repeat(12));
    assertInvalid(() -> Password.forNewAccount(EMOJI.repeat(11)));
    assertThat(new Password(EMOJI.repeat(256)).plausible()).isTrue();
  }

  @Test
  void is_required() {
    assertThatThrownBy(() -> new Password(null))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
        .hasMessage("password is required");
  }

  @Test
  void is_plausible_when_not_empty_and_not_longer_than_a_new_one_may_be() {
    assertThat(new Password("").plausible()).isFalse();
    assertThat(new Password("x").plausible()).isTrue();
    assertThat(new Password("a".repeat(256)).plausible()).isTrue();
    assertThat(new Password("a".repeat(257)).plausible()).isFalse();
  }

  @Test
  void never_prints_itself() {
    assertThat(new Password("correct horse battery")).hasToString("Password[****]");
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
        .hasMessage("password must be 12-256 characters");
  }
}
