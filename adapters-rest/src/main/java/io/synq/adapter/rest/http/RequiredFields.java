package io.synq.adapter.rest.http;

import io.synq.domain.DomainException;

/**
 * Presence checks for bodies whose values the use case does not validate itself. Checked when the
 * body is used, not while it is read: thrown from a constructor, Jackson would wrap the exception.
 */
public final class RequiredFields {
  private RequiredFields() {}

  /**
   * @throws DomainException {@code INVALID} naming the field when the value is absent
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw DomainException.invalid(field + " is required");
    }
    return value;
  }
}
