package io.synq.adapter.rest.product;

import io.synq.domain.product.Money;

/** A price on the wire: the amount as a decimal string, never a JSON number, and its currency. */
record PriceJson(String amount, String currency) {
  static PriceJson from(Money price) {
    return new PriceJson(price.amountText(), price.currencyCode());
  }

  Money toMoney() {
    return Money.parse(amount, currency);
  }
}
