package io.synq.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {
  @Test
  void is_kept_stripped_and_in_lower_case() {
    Email email = new Email("  Ada@Example.COM ");

    assertThat(email.value()).isEqualTo("ada@example.com");
    assertThat(email).hasToString("ada@example.com").isEqualTo(new Email("ada@example.com"));
  }

  @Test
  void takes_at_most_254_characters() {
    String local = "a".repeat(64);
    String domain = "d".repeat(254 - local.length() - 1);

    assertThat(new Email(local + "@" + domain).value()).hasSize(254);
    assertInvalid(local + "@" + domain + "d");
  }

  @Test
  void needs_one_character_on_each_side_of_the_at_sign() {
    assertThat(new Email("a@b").value()).isEqualTo("a@b");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ada",
        "@example.com",
        "ada@",
        "ada@@example.com",
        "ada@example@com",
        "ada lovelace@example.com",
        "ada@exa\tmple.com",
        "ada@example.com\u0000x"
      })
  void refuses_what_is_not_one_address(String value) {
    assertInvalid(value);
  }

  @Test
  void says_whether_a_value_is_an_address_without_saying_why_not() {
    assertThat(Email.ifValid(" Ada@Example.com")).contains(new Email("ada@example.com"));
    assertThat(Email.ifValid("not an address")).isEmpty();
    assertThat(Email.ifValid(null)).isEmpty();
  }

  @Test
  void is_required() {
    assertThatThrownBy(() -> new Email(null))
        .isInstanceOf(DomainException.class)
        .hasMessage("email is required");
  }

  private static void assertInvalid(String value) {
    assertThatThrownBy(() -> new Email(value))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
        .hasMessage("email must be an address such as ada@example.com");
  }
}
