package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Liveness (the process answers), start-up (it has started) and readiness (its dependencies answer
 * too), in the MicroProfile Health shape; no token needed. A probe that is DOWN answers 503.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
  private final Health health;

  public HealthResource(Health health) {
    this.health = requireNonNull(health, "health");
  }

  @GET
  @Path("live")
  public Response live() {
    return answer(health.live());
  }

  @GET
  @Path("started")
  public Response started() {
    return answer(health.started());
  }

  @GET
  @Path("ready")
  public Response ready() {
    return answer(health.ready());
  }

  private static Response answer(Health.Report report) {
    return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(report)
        .build();
  }
}
