package io.synq.domain;

/**
 * The one family of errors that crosses the layers. Each adapter maps the {@link Kind} once at its
 * edge (REST: to a status code); the message is safe to show to the caller.
 */
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Kind {
    INVALID,
    /** No valid bearer token: the documented fixed 401. */
    UNAUTHENTICATED,
    /** Sign-in or refresh refused: a 401 whose message the caller may see. */
    BAD_CREDENTIALS,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    STALE,
    /** Too many attempts; see {@link ThrottledException#retryAfter()}. */
    THROTTLED,
    /** No capacity for it right now; see {@link BusyException#retryAfter()}. */
    UNAVAILABLE
  }

  private final Kind kind;

  public DomainException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static DomainException invalid(String message) {
    return new DomainException(Kind.INVALID, message);
  }

  public static DomainException unauthenticated(String reason) {
    return new DomainException(Kind.UNAUTHENTICATED, reason);
  }

  public static DomainException badCredentials(String message) {
    return new DomainException(Kind.BAD_CREDENTIALS, message);
  }

  public static DomainException forbidden(String message) {
    return new DomainException(Kind.FORBIDDEN, message);
  }

  public static DomainException notFound(String message) {
    return new DomainException(Kind.NOT_FOUND, message);
  }

  public static DomainException conflict(String message) {
    return new DomainException(Kind.CONFLICT, message);
  }

  public static DomainException stale(String message) {
    return new DomainException(Kind.STALE, message);
  }
}
