package io.synq.domain.product;

import static java.util.Objects.requireNonNull;

import io.synq.domain.DomainException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An exact amount in an ISO 4217 currency. The amount is held as a {@link BigDecimal} scaled to the
 * currency's minor unit, so "19.9 EUR" and "19.90 EUR" are the same price; no floating point is
 * involved anywhere.
 */
public record Money(BigDecimal amount, Currency currency) {
  /** Amounts must stay below 10^12 in the major unit. */
  public static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

  private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw DomainException.invalid("price.amount must not be negative");
    }
    if (amount.compareTo(LIMIT) >= 0) {
      throw DomainException.invalid("price.amount must be below 1000000000000");
    }
    int digits = fractionDigits(currency);
    if (amount.stripTrailingZeros().scale() > digits) {
      throw DomainException.invalid(
          "price.amount has more than "
              + digits
              + " fraction digits, the most "
              + currency.getCurrencyCode()
              + " allows");
    }
    amount = amount.setScale(digits);
  }

  /**
   * Parses a plain decimal string such as {@code "19.99"} (no sign, exponent, grouping or leading
   * zeros) and an upper-case ISO 4217 code.
   */
  public static Money parse(String amount, String currencyCode) {
    if (amount == null) {
      throw DomainException.invalid("price.amount is required");
    }
    if (amount.length() > 32 || !DECIMAL.matcher(amount).matches()) {
      throw DomainException.invalid(
          "price.amount must be a non-negative decimal string such as \"19.99\"");
    }
    BigDecimal value = new BigDecimal(amount);
    int fraction = Math.max(value.scale(), 0);
    Currency currency = currency(currencyCode);
    int digits = fractionDigits(currency);
    if (fraction > digits) {
      throw DomainException.invalid(
          "price.amount has more than "
              + digits
              + " fraction digits, the most "
              + currency.getCurrencyCode()
              + " allows");
    }
    return new Money(value, currency);
  }

  public static Currency currency(String code) {
    if (code == null) {
      throw DomainException.invalid("price.currency is required");
    }
    if (!CURRENCY_CODE.matcher(code).matches()) {
      throw DomainException.invalid("price.currency must be an upper-case ISO 4217 code");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("price.currency " + code + " is not a known ISO 4217 code");
    }
  }

  /** The minor-unit digits; pseudo-currencies without one (XAU, XXX) take whole amounts only. */
  static int fractionDigits(Currency currency) {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }

  /** The amount as a plain decimal string, scaled to the currency's minor unit. */
  public String amountText() {
    return amount.toPlainString();
  }

  public String currencyCode() {
    return currency.getCurrencyCode();
  }
}
