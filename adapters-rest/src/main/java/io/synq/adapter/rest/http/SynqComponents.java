package io.synq.adapter.rest.http;

import io.synq.adapter.rest.Health;
import io.synq.adapter.rest.HealthResource;
import io.synq.adapter.rest.OpenApiResource;
import io.synq.adapter.rest.RestPorts;
import io.synq.adapter.rest.SynqRestApplication;
import io.synq.adapter.rest.WellKnownResource;
import io.synq.adapter.rest.account.AuthResource;
import io.synq.adapter.rest.account.BrowserSession;
import io.synq.adapter.rest.account.MeResource;
import io.synq.adapter.rest.account.UsersResource;
import io.synq.adapter.rest.product.ProductsResource;
import io.synq.application.SynqCore;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The resources and providers of the API, built once from their ports. */
public final class SynqComponents {
  /** Plain string keys, so that no container class is needed to name them. */
  public static final Map<String, Object> PROPERTIES =
      Map.of("jersey.config.server.wadl.disableWadl", Boolean.TRUE);

  private SynqComponents() {}

  public static Set<Object> of(RestPorts ports) {
    SynqCore core = ports.core();
    UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper(ports.unavailable());
    Locations locations = new Locations(ports.publicUrl());
    ApiMetrics metrics = new ApiMetrics(ports.meters());
    Set<Object> components =
        new HashSet<>(
            Set.of(
                new RequestIdFilter(),
                new BearerAuthenticationFilter(core.authenticate(), metrics),
                new RouteTemplateFeature(),
                new PermissionFeature(),
                new RequestBodyLimit(SynqRestApplication.MAX_BODY_BYTES),
                new ClientAddressFeature(),
                new JsonBodyProvider(),
                new DomainExceptionMapper(metrics),
                new WebApplicationExceptionMapper(unexpected),
                new JsonProcessingExceptionMapper(unexpected),
                unexpected,
                new ProductsResource(
                    core.listProducts(),
                    core.getProduct(),
                    core.createProduct(),
                    core.updateProduct(),
                    core.deleteProduct(),
                    locations),
                new MeResource(),
                new HealthResource(new Health(ports.readiness())),
                new WellKnownResource(ports.wellKnown()),
                new OpenApiResource()));
    // Without accounts the resources are not registered at all, rather than answering 404
    // themselves: their paths then behave exactly like unknown ones, permission checks included.
    if (core.hasAccounts()) {
      components.add(
          new AuthResource(
              core.signIn(),
              core.refreshSession(),
              core.signOut(),
              core.signOutEverywhere(),
              new BrowserSession(ports.publicUrl()),
              metrics));
      components.add(
          new UsersResource(core.createUser(), core.listUsers(), core.updateUser(), locations));
      components.add(new CurrentAccountFeature(core.currentAccount()));
    }
    Routes routes = Routes.of(components.stream().map(Object::getClass).toList());
    components.add(
        new EarlyAuthorizationFilter(
            routes, core.hasAccounts() ? Optional.of(core.currentAccount()) : Optional.empty()));
    RequestTelemetryFilter telemetry = new RequestTelemetryFilter(metrics, routes);
    components.add(telemetry);
    components.add(telemetry.bodyCounter());
    return Set.copyOf(components);
  }
}
