package io.synq.adapter.rest.account;

import io.synq.adapter.rest.http.CallerPrincipal;
import io.synq.adapter.rest.http.RequiresPermission;
import io.synq.application.port.in.Operation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The server's verdict on the presented token: who it speaks for, in which organization, with which
 * role, from which issuer and until when. Any role may ask; a token that would be refused anywhere
 * else is refused here alike, with the same 401 and 403 bodies.
 */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {
  public MeResource() {}

  @GET
  @RequiresPermission(Operation.READ_OWN_IDENTITY)
  public MeJson me(@Context SecurityContext security) {
    return MeJson.from(CallerPrincipal.identityOf(security));
  }
}
