package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.Session;
import io.synq.application.port.in.SignInUseCase;
import io.synq.application.port.in.SignOutUseCase;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Sign-in, refresh and sign-out. Public (see {@link PublicEndpoints}): the credentials are in the
 * body. Token responses must not be stored by any cache (RFC 6749 section 5.1).
 */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {
  private final SignInUseCase signIn;
  private final RefreshSessionUseCase refresh;
  private final SignOutUseCase signOut;

  AuthResource(SignInUseCase signIn, RefreshSessionUseCase refresh, SignOutUseCase signOut) {
    this.signIn = requireNonNull(signIn, "signIn");
    this.refresh = requireNonNull(refresh, "refresh");
    this.signOut = requireNonNull(signOut, "signOut");
  }

  @POST
  @Path("login")
  public Response login(LoginJson body, @HeaderParam(ClientAddress.HEADER) String clientAddress) {
    return tokens(body.signIn(signIn, clientAddress));
  }

  @POST
  @Path("refresh")
  public Response refresh(RefreshTokenJson body) {
    return tokens(refresh.refresh(body.token()));
  }

  @POST
  @Path("logout")
  public Response logout(RefreshTokenJson body) {
    signOut.signOut(body.token());
    return Response.noContent().build();
  }

  private static Response tokens(Session session) {
    return Response.ok(TokenJson.from(session))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
