package io.synq.application.port.in;

import static java.util.Objects.requireNonNull;

import io.synq.domain.access.Caller;
import java.time.Instant;

/**
 * What a verified token says of its bearer: the caller it speaks for, who issued it and until when
 * it is valid.
 */
public record Identity(Caller caller, String issuer, Instant expiresAt) {
  public Identity {
    requireNonNull(caller, "caller");
    requireNonNull(issuer, "issuer");
    requireNonNull(expiresAt, "expiresAt");
  }
}
