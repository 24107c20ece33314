package io.synq.adapter.rest.http;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which id a request goes by in the logs and in its answer: the caller's {@code X-Request-Id} if it
 * is one, else the trace id of a valid W3C {@code traceparent}, else a new random one. Nothing else
 * a caller sends ends up in a log line or a header this way.
 */
final class RequestId {
  static final String HEADER = "X-Request-Id";
  static final String TRACEPARENT = "traceparent";

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** version-traceid-parentid-flags; a version other than ff, ids not all zeros. */
  private static final Pattern TRACE =
      Pattern.compile(
          "(?!ff)[0-9a-f]{2}-(?!0{32})([0-9a-f]{32})-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

  private RequestId() {}

  static String of(String requestId, String traceparent) {
    if (requestId != null && VALID.matcher(requestId).matches()) {
      return requestId;
    }
    if (traceparent != null) {
      Matcher trace = TRACE.matcher(traceparent.strip());
      if (trace.matches()) {
        return trace.group(1);
      }
    }
    return UUID.randomUUID().toString().replace("-", "");
  }
}
