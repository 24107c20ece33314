package io.synq.domain.product;

import io.synq.domain.Text;

/** Free text about a product, at most 2,000 characters. */
public record Description(String value) {
  public static final int MAX_LENGTH = 2_000;

  public Description {
    Text.requireLength("description", value, 0, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
