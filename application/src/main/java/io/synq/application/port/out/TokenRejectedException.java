package io.synq.application.port.out;

import static java.util.Objects.requireNonNull;

import io.synq.domain.DomainException;

/**
 * A bearer token refused, with the {@link TokenRejection} an operator counts it by. Most refusals
 * are {@code UNAUTHENTICATED} (the documented 401); a missing tenant or organization claim, or an
 * unknown role, is {@code FORBIDDEN} (the documented 403), and its message is then the caller's.
 */
public final class TokenRejectedException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final TokenRejection reason;

  private TokenRejectedException(Kind kind, TokenRejection reason, String message) {
    super(kind, message);
    this.reason = requireNonNull(reason, "reason");
  }

  /** A 401; {@code detail} goes to the debug log only. */
  public static TokenRejectedException unauthenticated(TokenRejection reason, String detail) {
    return new TokenRejectedException(Kind.UNAUTHENTICATED, reason, detail);
  }

  /** A 403 for a claim this API cannot act on; {@code message} is shown to the caller. */
  public static TokenRejectedException forbidden(String message) {
    return new TokenRejectedException(Kind.FORBIDDEN, TokenRejection.CLAIMS, message);
  }

  public TokenRejection reason() {
    return reason;
  }
}
