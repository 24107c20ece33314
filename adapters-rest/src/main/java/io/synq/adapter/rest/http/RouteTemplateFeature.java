package io.synq.adapter.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Names each matched request by its resource method's path template ({@code
 * /api/v1/products/{id}}), for the request metrics and the access log: in the same portable way in
 * every container, as JAX-RS has no standard accessor for the matched template.
 */
final class RouteTemplateFeature implements DynamicFeature {
  static final String PROPERTY = "io.synq.route";

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    String template = Routes.template(resource.getResourceClass(), resource.getResourceMethod());
    // First of the matched filters, so that a refusal by a later one is still named.
    context.register(new Naming(template), 1);
  }

  private static final class Naming implements ContainerRequestFilter {
    private final String template;

    Naming(String template) {
      this.template = template;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(PROPERTY, template);
    }
  }
}
