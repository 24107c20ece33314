package io.synq.adapter.rest.account;

import static io.synq.adapter.rest.http.CallerPrincipal.callerOf;
import static java.util.Objects.requireNonNull;

import io.synq.adapter.rest.http.Locations;
import io.synq.adapter.rest.http.PathIds;
import io.synq.adapter.rest.http.RequiresCurrentAccount;
import io.synq.adapter.rest.http.RequiresPermission;
import io.synq.application.port.in.CreateUserUseCase;
import io.synq.application.port.in.ListUsersUseCase;
import io.synq.application.port.in.Operation;
import io.synq.application.port.in.UpdateUserUseCase;
import io.synq.domain.account.User;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The users of the caller's organization, for its administrators as their accounts stand now.
 * Permissions are checked before a body is read; a user of another organization, like a malformed
 * id, is answered as missing.
 */
@Path("/api/v1/users")
@RequiresCurrentAccount
@Produces(MediaType.APPLICATION_JSON)
public final class UsersResource {
  private final CreateUserUseCase create;
  private final ListUsersUseCase list;
  private final UpdateUserUseCase update;
  private final Locations locations;

  public UsersResource(
      CreateUserUseCase create,
      ListUsersUseCase list,
      UpdateUserUseCase update,
      Locations locations) {
    this.create = requireNonNull(create, "create");
    this.list = requireNonNull(list, "list");
    this.update = requireNonNull(update, "update");
    this.locations = requireNonNull(locations, "locations");
  }

  @GET
  @RequiresPermission(Operation.LIST_USERS)
  public UserListJson list(@Context SecurityContext security) {
    return UserListJson.from(list.list(new ListUsersUseCase.Query(callerOf(security))));
  }

  @POST
  @RequiresPermission(Operation.CREATE_USER)
  public Response create(NewUserJson body, @Context SecurityContext security) {
    User user = create.create(body.toCommand(callerOf(security)));
    return Response.created(locations.of(UsersResource.class, user.id()))
        .entity(UserJson.from(user))
        .build();
  }

  @PATCH
  @Path("{id}")
  @RequiresPermission(Operation.UPDATE_USER)
  public UserJson update(
      @PathParam("id") String id, UserPatchJson body, @Context SecurityContext security) {
    return UserJson.from(update.update(body.toCommand(callerOf(security), PathIds.user(id))));
  }
}
