package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * The embedded issuer's discovery documents. With an external issuer there are none, and these
 * paths answer exactly like any unknown path.
 */
@Path("/.well-known")
@Produces(MediaType.APPLICATION_JSON)
public final class WellKnownResource {
  private final Optional<WellKnownDocuments> documents;

  public WellKnownResource(Optional<WellKnownDocuments> documents) {
    this.documents = requireNonNull(documents, "documents");
  }

  @GET
  @Path("jwks.json")
  public String jwks() {
    return documents().jwks();
  }

  @GET
  @Path("openid-configuration")
  public String openIdConfiguration() {
    return documents().openIdConfiguration();
  }

  private WellKnownDocuments documents() {
    return documents.orElseThrow(NotFoundException::new);
  }
}
