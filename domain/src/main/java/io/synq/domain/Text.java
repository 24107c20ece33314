package io.synq.domain;

/** Checks shared by the text-valued domain types. */
public final class Text {
  private Text() {}

  /** Length in Unicode code points, so that a character outside the BMP counts once. */
  public static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  public static boolean hasControlCharacter(String value) {
    return value.codePoints().anyMatch(Character::isISOControl);
  }

  public static String requireLength(String field, String value, int min, int max) {
    if (value == null) {
      throw DomainException.invalid(field + " is required");
    }
    int length = length(value);
    if (length < min || length > max) {
      throw DomainException.invalid(
          field + " must be " + (min == 0 ? "at most " + max : min + "-" + max) + " characters");
    }
    return value;
  }
}
