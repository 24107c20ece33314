package io.synq.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import org.junit.jupiter.api.Test;

class ProductDetailsRulesTest {
  private static final String EMOJI = "😀";

  @Test
  void sku_is_kept_verbatim_within_64_code_points() {
    assertThat(new Sku("  a b  ").value()).isEqualTo("  a b  ");
    assertThat(new Sku(EMOJI.repeat(64)).value()).hasSize(128);
    assertThat(new Sku("x".repeat(64)).value()).hasSize(64);
  }

  @Test
  void sku_rejects_empty_too_long_and_control_characters() {
    assertInvalid(() -> new Sku(""), "sku must be 1-64 characters");
    assertInvalid(() -> new Sku("x".repeat(65)), "sku must be 1-64 characters");
    assertInvalid(() -> new Sku(EMOJI.repeat(65)), "sku must be 1-64 characters");
    assertInvalid(() -> new Sku("a\nb"), "sku must not contain control characters");
    assertInvalid(() -> new Sku("a\u0000b"), "sku must not contain control characters");
    assertInvalid(() -> new Sku("a\u007fb"), "sku must not contain control characters");
    assertInvalid(() -> new Sku(null), "sku is required");
  }

  @Test
  void name_is_1_to_200_characters_and_not_blank() {
    assertThat(new ProductName("x".repeat(200)).value()).hasSize(200);
    assertInvalid(() -> new ProductName(""), "name must be 1-200 characters");
    assertInvalid(() -> new ProductName("x".repeat(201)), "name must be 1-200 characters");
    assertInvalid(() -> new ProductName("   "), "name must not be blank");
    assertInvalid(() -> new ProductName(null), "name is required");
  }

  @Test
  void description_is_at_most_2000_characters() {
    assertThat(new Description("").value()).isEmpty();
    assertThat(new Description("x".repeat(2000)).value()).hasSize(2000);
    assertInvalid(
        () -> new Description("x".repeat(2001)), "description must be at most 2000 characters");
  }

  @Test
  void each_part_prints_as_its_bare_value() {
    assertThat(new Sku("TSHIRT-M")).hasToString("TSHIRT-M");
    assertThat(new ProductName("T-shirt")).hasToString("T-shirt");
    assertThat(new Description("Soft cotton")).hasToString("Soft cotton");
  }

  private static void assertInvalid(Runnable construct, String message) {
    assertThatThrownBy(construct::run)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }
}
