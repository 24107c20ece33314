package io.synq.domain.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  @ParameterizedTest
  @CsvSource({
    "19.99, EUR, 19.99",
    "19.9, EUR, 19.90",
    "0, EUR, 0.00",
    "1500, JPY, 1500",
    "0.125, BHD, 0.125",
    "999999999999.99, USD, 999999999999.99",
    "7, XAU, 7"
  })
  void keeps_the_exact_amount_at_the_currency_scale(String amount, String currency, String text) {
    Money money = Money.parse(amount, currency);

    assertThat(money.amountText()).isEqualTo(text);
    assertThat(money.currencyCode()).isEqualTo(currency);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 1",
        "1 ",
        "-1",
        "+1",
        "1e3",
        "1E3",
        "0x10",
        "01",
        "1.",
        ".5",
        "1,00",
        "NaN",
        "Infinity",
        "1000000000000",
        "1000000000000.00",
        "١٢"
      })
  void rejects_amounts_that_are_not_plain_non_negative_decimals_below_the_limit(String amount) {
    assertThatThrownBy(() -> Money.parse(amount, "EUR"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(e.getMessage()).startsWith("price.amount");
            });
  }

  @ParameterizedTest
  @CsvSource({"19.999, EUR", "1.0, JPY", "0.0001, BHD", "19.990, EUR"})
  void rejects_more_fraction_digits_than_the_currency_allows(String amount, String currency) {
    assertThatThrownBy(() -> Money.parse(amount, currency))
        .hasMessageContaining("fraction digits")
        .hasMessageContaining(currency);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eur", "EU", "EURO", "ZZZ", "€", ""})
  void rejects_currencies_that_are_not_upper_case_iso_4217_codes(String currency) {
    assertThatThrownBy(() -> Money.parse("1", currency))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.getMessage()).startsWith("price.currency"));
  }

  @org.junit.jupiter.api.Test
  void reads_an_amount_of_up_to_32_characters_before_judging_it() {
    String longest = "1." + "0".repeat(30);

    assertThatThrownBy(() -> Money.parse(longest, "EUR")).hasMessageContaining("fraction digits");
    assertThatThrownBy(() -> Money.parse(longest + "0", "EUR"))
        .hasMessage("price.amount must be a non-negative decimal string such as \"19.99\"");
  }

  @org.junit.jupiter.api.Test
  void requires_both_parts() {
    assertThatThrownBy(() -> Money.parse(null, "EUR")).hasMessage("price.amount is required");
    assertThatThrownBy(() -> Money.parse("1", null)).hasMessage("price.currency is required");
  }

  @org.junit.jupiter.api.Test
  void is_equal_whatever_the_written_scale() {
    assertThat(Money.parse("19.9", "EUR")).isEqualTo(Money.parse("19.90", "EUR"));
  }
}
