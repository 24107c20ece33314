package io.synq.adapter.rest.product;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether If-Match headers are well-formed (RFC 9110 section 13.1.1): {@code *} or a
 * comma-separated list of entity tags, perhaps with a trailing comma. JAX-RS compares the tags;
 * their syntax is checked here because the containers disagree on it: RESTEasy takes an unquoted
 * {@code 1} as a tag, Jersey takes {@code "1" "2"} as a list, RESTEasy fails with a 500 on {@code
 * *}, and Jersey fails with a 500 on an unterminated quote or a leading comma. A malformed
 * condition must fail, not be read as some other condition.
 */
final class IfMatchSyntax {
  private static final String TAG = "(?:W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"";
  private static final Pattern HEADER =
      Pattern.compile(
          "[ \\t]*(?:\\*|" + TAG + "(?:[ \\t]*,[ \\t]*" + TAG + ")*(?:[ \\t]*,)?)[ \\t]*");

  private IfMatchSyntax() {}

  /** True when the headers say {@code *}: any current version will do. */
  static boolean isAny(List<String> headers) {
    return headers.stream().anyMatch(header -> header.strip().equals("*"));
  }

  /** True when every If-Match header of a request is well-formed. */
  static boolean isWellFormed(List<String> headers) {
    return headers.stream().allMatch(header -> HEADER.matcher(header).matches());
  }
}
