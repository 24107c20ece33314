package io.synq.adapter.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * Hands the {@link ClientAddress} to the resource methods that ask for it, by declaring a
 * {@code @HeaderParam(ClientAddressFeature.HEADER)} parameter (sign-in, for throttling); no other
 * request pays for it. A resource method cannot read request properties, only headers, so the
 * filter puts the address in an internal header, replacing whatever the client itself may have sent
 * under that name: the client cannot choose its own address. It runs after matching, hence after
 * every pre-matching filter that may have set the property.
 */
final class ClientAddressFeature implements DynamicFeature {
  static final String HEADER = "Synq-Internal-Client-Address";

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (asksForTheAddress(resource)) {
      context.register(new ClientAddressFilter(), Priorities.USER);
    }
  }

  private static boolean asksForTheAddress(ResourceInfo resource) {
    return Arrays.stream(resource.getResourceMethod().getParameterAnnotations())
        .flatMap(Arrays::stream)
        .anyMatch(ClientAddressFeature::isTheHeader);
  }

  private static boolean isTheHeader(Annotation annotation) {
    return annotation instanceof HeaderParam header && HEADER.equalsIgnoreCase(header.value());
  }

  private static final class ClientAddressFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      Object address = request.getProperty(ClientAddress.PROPERTY);
      request
          .getHeaders()
          .putSingle(
              HEADER,
              address instanceof String text && !text.isBlank() ? text : ClientAddress.UNKNOWN);
    }
  }
}
