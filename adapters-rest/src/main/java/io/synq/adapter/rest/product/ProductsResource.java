package io.synq.adapter.rest.product;

import static io.synq.adapter.rest.http.CallerPrincipal.callerOf;
import static java.util.Objects.requireNonNull;

import io.synq.adapter.rest.http.Locations;
import io.synq.adapter.rest.http.PathIds;
import io.synq.adapter.rest.http.RequiresPermission;
import io.synq.application.port.in.CreateProductUseCase;
import io.synq.application.port.in.DeleteProductUseCase;
import io.synq.application.port.in.GetProductUseCase;
import io.synq.application.port.in.ListProductsUseCase;
import io.synq.application.port.in.Operation;
import io.synq.application.port.in.ProductCursor;
import io.synq.application.port.in.UpdateProductUseCase;
import io.synq.application.port.in.VersionCondition;
import io.synq.domain.DomainException;
import io.synq.domain.product.Product;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The products of the caller's organization. Permissions are checked before a body is read. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public final class ProductsResource {
  private static final Pattern LIMIT = Pattern.compile("[0-9]{1,9}");

  private final ListProductsUseCase list;
  private final GetProductUseCase get;
  private final CreateProductUseCase create;
  private final UpdateProductUseCase update;
  private final DeleteProductUseCase delete;
  private final Locations locations;

  public ProductsResource(
      ListProductsUseCase list,
      GetProductUseCase get,
      CreateProductUseCase create,
      UpdateProductUseCase update,
      DeleteProductUseCase delete,
      Locations locations) {
    this.list = requireNonNull(list, "list");
    this.get = requireNonNull(get, "get");
    this.create = requireNonNull(create, "create");
    this.update = requireNonNull(update, "update");
    this.delete = requireNonNull(delete, "delete");
    this.locations = requireNonNull(locations, "locations");
  }

  @GET
  @RequiresPermission(Operation.LIST_PRODUCTS)
  public ProductPageJson list(
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context SecurityContext security) {
    return ProductPageJson.from(
        list.list(
            new ListProductsUseCase.Query(
                callerOf(security),
                limit(limit),
                Optional.ofNullable(cursor).map(ProductCursor::decode))));
  }

  @POST
  @RequiresPermission(Operation.CREATE_PRODUCT)
  public Response create(NewProductJson body, @Context SecurityContext security) {
    Product product =
        create.create(new CreateProductUseCase.Command(callerOf(security), body.toDetails()));
    return Response.created(locations.of(ProductsResource.class, product.id()))
        .tag(tagOf(product))
        .entity(ProductJson.from(product))
        .build();
  }

  @GET
  @Path("{id}")
  @RequiresPermission(Operation.GET_PRODUCT)
  public Response get(@PathParam("id") String id, @Context SecurityContext security) {
    Product product = get.get(new GetProductUseCase.Query(callerOf(security), PathIds.product(id)));
    return Response.ok(ProductJson.from(product)).tag(tagOf(product)).build();
  }

  @PUT
  @Path("{id}")
  @RequiresPermission(Operation.UPDATE_PRODUCT)
  public Response replace(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) List<String> ifMatch,
      NewProductJson body,
      @Context Request request,
      @Context SecurityContext security) {
    Product product =
        update.update(
            new UpdateProductUseCase.Command(
                callerOf(security),
                PathIds.product(id),
                body.toDetails(),
                condition(ifMatch, request)));
    return Response.ok(ProductJson.from(product)).tag(tagOf(product)).build();
  }

  @DELETE
  @Path("{id}")
  @RequiresPermission(Operation.DELETE_PRODUCT)
  public Response delete(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) List<String> ifMatch,
      @Context Request request,
      @Context SecurityContext security) {
    delete.delete(
        new DeleteProductUseCase.Command(
            callerOf(security), PathIds.product(id), condition(ifMatch, request)));
    return Response.noContent().build();
  }

  /**
   * What If-Match admits: anything without it or with {@code *}, nothing when it is malformed, and
   * otherwise the versions JAX-RS matches against the product's tag, which the use case asks about
   * the version it reads.
   */
  private static VersionCondition condition(List<String> ifMatch, Request request) {
    if (ifMatch == null || ifMatch.isEmpty()) {
      return VersionCondition.ANY;
    }
    if (!IfMatchSyntax.isWellFormed(ifMatch)) {
      return currentVersion -> false;
    }
    if (IfMatchSyntax.isAny(ifMatch)) {
      return VersionCondition.ANY;
    }
    return currentVersion -> request.evaluatePreconditions(tagOf(currentVersion)) == null;
  }

  /** A product's version as a strong entity tag, such as {@code "3"}. */
  private static EntityTag tagOf(Product product) {
    return tagOf(product.version());
  }

  private static EntityTag tagOf(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** Parsed here: a failed conversion of an int parameter would be a 404 in JAX-RS. */
  private static int limit(String text) {
    if (text == null) {
      return ListProductsUseCase.DEFAULT_LIMIT;
    }
    if (!LIMIT.matcher(text).matches()) {
      throw DomainException.invalid(
          "limit must be an integer between 1 and " + ListProductsUseCase.MAX_LIMIT);
    }
    return Integer.parseInt(text);
  }
}
