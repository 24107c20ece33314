package io.synq.adapter.rest;

import io.synq.application.service.AuthenticateService;
import io.synq.application.service.CreateProductService;
import io.synq.application.service.DeleteProductService;
import io.synq.application.service.GetProductService;
import io.synq.application.service.ListProductsService;
import io.synq.application.service.UpdateProductService;
import io.synq.application.testing.InMemoryProductRepository;
import io.synq.application.testing.InMemoryTokenVerifier;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/** The real use cases on the application's in-memory ports, with a readiness check to steer. */
final class InMemoryApi {
  static final String JWKS = "{\"keys\":[]}";
  static final String OPENID_CONFIGURATION = "{\"issuer\":\"http://issuer.test\"}";

  final InMemoryTokenVerifier tokens = new InMemoryTokenVerifier();
  final AtomicReference<BooleanSupplier> readiness = new AtomicReference<>(() -> true);

  RestPorts ports(Optional<WellKnownDocuments> wellKnown) {
    InMemoryProductRepository products = new InMemoryProductRepository();
    Clock clock = Clock.systemUTC();
    return new RestPorts(
        new AuthenticateService(tokens),
        new ListProductsService(products),
        new GetProductService(products),
        new CreateProductService(products, clock),
        new UpdateProductService(products, clock),
        new DeleteProductService(products),
        () -> readiness.get().getAsBoolean(),
        wellKnown);
  }

  RestPorts portsWithIssuer() {
    return ports(
        Optional.of(
            new WellKnownDocuments() {
              @Override
              public String jwks() {
                return JWKS;
              }

              @Override
              public String openIdConfiguration() {
                return OPENID_CONFIGURATION;
              }
            }));
  }
}
