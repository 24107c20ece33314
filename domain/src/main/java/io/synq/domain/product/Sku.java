package io.synq.domain.product;

import io.synq.domain.DomainException;
import io.synq.domain.Text;

/**
 * A stock-keeping unit, unique within an organization. Any text of 1-64 characters without control
 * characters, stored verbatim (no trimming, no case folding).
 */
public record Sku(String value) {
  public static final int MAX_LENGTH = 64;

  public Sku {
    Text.requireLength("sku", value, 1, MAX_LENGTH);
    if (Text.hasControlCharacter(value)) {
      throw DomainException.invalid("sku must not contain control characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
