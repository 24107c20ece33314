package io.synq.adapter.rest;

import java.util.Map;
import java.util.Set;

/** The resources and providers of the API, built once from their ports. */
final class SynqComponents {
  /** Plain string keys, so that no container class is needed to name them. */
  static final Map<String, Object> PROPERTIES =
      Map.of("jersey.config.server.wadl.disableWadl", Boolean.TRUE);

  private SynqComponents() {}

  static Set<Object> of(RestPorts ports) {
    UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();
    return Set.of(
        new BearerAuthenticationFilter(ports.authenticate()),
        new PermissionFeature(),
        new RequestBodyLimit(RequestBodyLimit.ONE_MIB),
        new JsonBodyProvider(),
        new DomainExceptionMapper(),
        new WebApplicationExceptionMapper(unexpected),
        new JsonProcessingExceptionMapper(unexpected),
        unexpected,
        new ProductsResource(
            ports.listProducts(),
            ports.getProduct(),
            ports.createProduct(),
            ports.updateProduct(),
            ports.deleteProduct()),
        new HealthResource(ports.readiness()),
        new WellKnownResource(ports.wellKnown()),
        new OpenApiResource());
  }
}
