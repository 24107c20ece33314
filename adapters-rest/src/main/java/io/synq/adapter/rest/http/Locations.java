package io.synq.adapter.rest.http;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/**
 * The {@code Location} of a created resource, under the configured public URL: never built from the
 * request's {@code Host} header, which the client writes.
 */
public final class Locations {
  private final URI publicUrl;

  Locations(URI publicUrl) {
    this.publicUrl = requireNonNull(publicUrl, "publicUrl");
  }

  public URI of(Class<?> resource, Object id) {
    return UriBuilder.fromUri(publicUrl).path(resource).path(id.toString()).build();
  }
}
