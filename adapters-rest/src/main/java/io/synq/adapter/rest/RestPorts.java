package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.CreateProductUseCase;
import io.synq.application.port.in.DeleteProductUseCase;
import io.synq.application.port.in.GetProductUseCase;
import io.synq.application.port.in.ListProductsUseCase;
import io.synq.application.port.in.UpdateProductUseCase;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything the REST adapter drives: the use cases, the readiness checks and, when this server is
 * its own token issuer, the discovery documents it publishes; and the registry its metrics go to.
 *
 * @param readiness what {@code GET /health/ready} checks, each by its name; a check should return
 *     false rather than throw when its dependency is down
 * @param wellKnown the embedded issuer's documents; empty when tokens come from an external issuer,
 *     and {@code /.well-known/*} then answers 404
 * @param accounts sign-in and user administration; empty when tokens come from an external issuer,
 *     and {@code /api/v1/auth/*} and {@code /api/v1/users} then answer 404
 * @param publicUrl the URL clients reach the API at, such as {@code https://api.example.com}: the
 *     {@code Location} of created resources is built from it, never from the request's Host
 * @param unavailable which failures mean that a dependency (the database) is not answering: those
 *     answer 503 with {@code Retry-After} instead of 500
 * @param meters where the API's metrics go (see the README's "Operating Synq"); an empty {@link
 *     CompositeMeterRegistry} keeps none
 */
public record RestPorts(
    AuthenticateUseCase authenticate,
    ListProductsUseCase listProducts,
    GetProductUseCase getProduct,
    CreateProductUseCase createProduct,
    UpdateProductUseCase updateProduct,
    DeleteProductUseCase deleteProduct,
    List<HealthCheck> readiness,
    Optional<WellKnownDocuments> wellKnown,
    Optional<AccountPorts> accounts,
    URI publicUrl,
    Predicate<Throwable> unavailable,
    MeterRegistry meters) {

  public RestPorts {
    requireNonNull(authenticate, "authenticate");
    requireNonNull(listProducts, "listProducts");
    requireNonNull(getProduct, "getProduct");
    requireNonNull(createProduct, "createProduct");
    requireNonNull(updateProduct, "updateProduct");
    requireNonNull(deleteProduct, "deleteProduct");
    requireNonNull(readiness, "readiness");
    requireNonNull(wellKnown, "wellKnown");
    requireNonNull(accounts, "accounts");
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
      AuthenticateUseCase authenticate,
      ListProductsUseCase listProducts,
      GetProductUseCase getProduct,
      CreateProductUseCase createProduct,
      UpdateProductUseCase updateProduct,
      DeleteProductUseCase deleteProduct,
      List<HealthCheck> readiness,
      Optional<WellKnownDocuments> wellKnown,
      Optional<AccountPorts> accounts,
      URI publicUrl) {
    this(
        authenticate,
        listProducts,
        getProduct,
        createProduct,
        updateProduct,
        deleteProduct,
        readiness,
        wellKnown,
        accounts,
        publicUrl,
        failure -> false,
        new CompositeMeterRegistry());
  }
}
