package io.synq.bootstrap;

import java.util.regex.Pattern;

/**
 * Checks the request line and the header lines of one request as their bytes arrive. Grizzly is
 * lenient where a client's mistake should be a clear 400: a header line without a colon makes it
 * wait for more (the client then sees a timeout), and it accepts folded header lines.
 */
final class RequestHeadSyntax {
  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  private static final Pattern REQUEST_LINE =
      Pattern.compile(TOKEN + " [\\x21-\\x7e]+ HTTP/[0-9]\\.[0-9]");
  private static final Pattern HEADER_LINE = Pattern.compile(TOKEN + ":[^\\r\\n]*");
  private static final String HTTP2_PREFACE = "PRI * HTTP/2.0";

  /** Longer lines are Grizzly's to refuse (431); only their start is checked here. */
  private final int maxLineChars;

  private final StringBuilder line = new StringBuilder();
  private int lines;
  private boolean complete;

  RequestHeadSyntax(int maxLineChars) {
    this.maxLineChars = maxLineChars;
  }

  /**
   * @return false once the request's head is malformed
   */
  boolean accept(byte b) {
    if (complete) {
      return true;
    }
    if (b != '\n') {
      if (line.length() < maxLineChars) {
        line.append((char) (b & 0xff));
      }
      return true;
    }
    String text = stripCarriageReturn();
    line.setLength(0);
    if (lines == 0 && text.isEmpty()) {
      return true; // an empty line before the request line is tolerated (RFC 9112, 2.2)
    }
    boolean wellFormed;
    if (lines++ == 0) {
      wellFormed = REQUEST_LINE.matcher(text).matches() || text.equals(HTTP2_PREFACE);
      complete = text.equals(HTTP2_PREFACE);
    } else if (text.isEmpty()) {
      wellFormed = true;
      complete = true;
    } else {
      wellFormed = HEADER_LINE.matcher(text).matches();
    }
    return wellFormed;
  }

  private String stripCarriageReturn() {
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }
}
