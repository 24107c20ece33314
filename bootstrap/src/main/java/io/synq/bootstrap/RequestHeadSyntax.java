package io.synq.bootstrap;

/**
 * Checks the request line and the header lines of one request as their bytes arrive, one byte at a
 * time and without copying them. Grizzly is lenient where a client's mistake should be a clear 400:
 * a header line without a colon makes it wait for more (the client then sees a timeout), and it
 * accepts folded header lines.
 *
 * <p>The grammar (RFC 9112): {@code method SP target SP HTTP/d.d CRLF}, then header lines {@code
 * name ":" value CRLF} until an empty line; a bare LF ends a line too, and empty lines before the
 * request line are ignored.
 */
final class RequestHeadSyntax {
  private enum State {
    BEFORE_REQUEST_LINE,
    METHOD,
    TARGET_START,
    TARGET,
    VERSION,
    LINE_CR,
    LINE_START,
    NAME,
    VALUE,
    END_CR,
    COMPLETE,
    MALFORMED
  }

  /** {@code HTTP/d.d}, with {@code d} standing for any digit. */
  private static final String VERSION = "HTTP/d.d";

  private State state = State.BEFORE_REQUEST_LINE;
  private int versionAt;

  /**
   * @return false once the request's head is malformed
   */
  boolean accept(byte b) {
    state = next(b);
    return state != State.MALFORMED;
  }

  /** Whether the head has ended: the bytes after it are the body, or the next request. */
  boolean complete() {
    return state == State.COMPLETE;
  }

  private State next(byte b) {
    return switch (state) {
      case BEFORE_REQUEST_LINE ->
          b == '\r' || b == '\n'
              ? State.BEFORE_REQUEST_LINE
              : isToken(b) ? State.METHOD : State.MALFORMED;
      case METHOD -> isToken(b) ? State.METHOD : b == ' ' ? State.TARGET_START : State.MALFORMED;
      case TARGET_START -> isVisible(b) ? State.TARGET : State.MALFORMED;
      case TARGET -> isVisible(b) ? State.TARGET : b == ' ' ? State.VERSION : State.MALFORMED;
      case VERSION -> version(b);
      case LINE_CR -> b == '\n' ? State.LINE_START : State.MALFORMED;
      case LINE_START ->
          b == '\r'
              ? State.END_CR
              : b == '\n' ? State.COMPLETE : isToken(b) ? State.NAME : State.MALFORMED;
      case NAME -> isToken(b) ? State.NAME : b == ':' ? State.VALUE : State.MALFORMED;
      case VALUE -> b == '\r' ? State.LINE_CR : b == '\n' ? State.LINE_START : State.VALUE;
      case END_CR -> b == '\n' ? State.COMPLETE : State.MALFORMED;
      case COMPLETE -> State.COMPLETE;
      case MALFORMED -> State.MALFORMED;
    };
  }

  private State version(byte b) {
    if (versionAt == VERSION.length()) {
      return b == '\r' ? State.LINE_CR : b == '\n' ? State.LINE_START : State.MALFORMED;
    }
    char expected = VERSION.charAt(versionAt++);
    boolean matches = expected == 'd' ? isDigit(b) : b == expected;
    return matches ? State.VERSION : State.MALFORMED;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static boolean isVisible(byte b) {
    return b >= 0x21 && b <= 0x7e;
  }

  /** A tchar of RFC 9110: letters, digits and {@code !#$%&'*+-.^_`|~}. */
  private static boolean isToken(byte b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || isDigit(b)
        || (b > 0 && "!#$%&'*+-.^_`|~".indexOf(b) >= 0);
  }
}
