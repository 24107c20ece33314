package io.synq.client;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An exact amount in an ISO 4217 currency. The amount travels as a decimal string and keeps its
 * scale: the server answers {@code "19.9"} EUR as {@code 19.90}.
 */
public record Price(BigDecimal amount, String currency) {
  public Price {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
  }

  /** {@code Price.of("19.99", "EUR")}. */
  public static Price of(String amount, String currency) {
    return new Price(new BigDecimal(amount), currency);
  }
}
