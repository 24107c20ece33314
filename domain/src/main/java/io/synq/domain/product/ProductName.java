package io.synq.domain.product;

import io.synq.domain.DomainException;
import io.synq.domain.Text;

/** A product's display name: 1-200 characters, not only white space. */
public record ProductName(String value) {
  public static final int MAX_LENGTH = 200;

  public ProductName {
    Text.requireLength("name", value, 1, MAX_LENGTH);
    if (value.isBlank()) {
      throw DomainException.invalid("name must not be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
