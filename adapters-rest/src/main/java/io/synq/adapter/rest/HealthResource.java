package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.BooleanSupplier;

/** Liveness (the process answers) and readiness (its dependencies do too); no token needed. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
  private final BooleanSupplier readiness;

  HealthResource(BooleanSupplier readiness) {
    this.readiness = requireNonNull(readiness, "readiness");
  }

  @GET
  @Path("live")
  public HealthJson live() {
    return HealthJson.UP;
  }

  @GET
  @Path("ready")
  public Response ready() {
    return readiness.getAsBoolean()
        ? Response.ok(HealthJson.UP).build()
        : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(HealthJson.DOWN).build();
  }
}
