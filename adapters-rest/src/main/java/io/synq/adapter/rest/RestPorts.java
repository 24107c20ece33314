package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.synq.application.SynqCore;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything the REST adapter drives: the application's use cases, the readiness checks and, when
 * this server is its own token issuer, the discovery documents it publishes; and the registry its
 * metrics go to.
 *
 * @param core the use cases; without accounts ({@link SynqCore#hasAccounts()}) {@code
 *     /api/v1/auth/*} and {@code /api/v1/users} answer 404
 * @param readiness what {@code GET /health/ready} checks, each by its name; a check should return
 *     false rather than throw when its dependency is down
 * @param wellKnown the embedded issuer's documents; empty when tokens come from an external issuer,
 *     and {@code /.well-known/*} then answers 404
 * @param publicUrl the URL clients reach the API at, such as {@code https://api.example.com}: the
 *     {@code Location} of created resources is built from it, never from the request's Host
 * @param unavailable which failures mean that a dependency (the database) is not answering: those
 *     answer 503 with {@code Retry-After} instead of 500
 * @param meters where the API's metrics go (see the README's "Operating Synq"); an empty {@link
 *     CompositeMeterRegistry} keeps none
 */
public record RestPorts(
    SynqCore core,
    List<HealthCheck> readiness,
    Optional<WellKnownDocuments> wellKnown,
    URI publicUrl,
    Predicate<Throwable> unavailable,
    MeterRegistry meters) {

  public RestPorts {
    requireNonNull(core, "core");
    requireNonNull(readiness, "readiness");
    requireNonNull(wellKnown, "wellKnown");
    requireNonNull(publicUrl, "publicUrl");
    requireNonNull(unavailable, "unavailable");
    requireNonNull(meters, "meters");
    readiness = List.copyOf(readiness);
    if (!publicUrl.isAbsolute()) {
      throw new IllegalArgumentException("publicUrl must be absolute");
    }
  }

  /**
   * With no failure taken for an unavailable dependency (every unexpected one is a 500) and no
   * metrics kept.
   */
  public RestPorts(
      SynqCore core,
      List<HealthCheck> readiness,
      Optional<WellKnownDocuments> wellKnown,
      URI publicUrl) {
    this(core, readiness, wellKnown, publicUrl, failure -> false, new CompositeMeterRegistry());
  }
}
