package io.synq.adapter.rest.http;

import io.synq.adapter.rest.ClientAddress;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Hands the {@link ClientAddress} to the resource methods that ask for it, by declaring a
 * {@code @HeaderParam(ClientAddress.HEADER)} parameter (sign-in, for throttling); no other request
 * pays for it. A resource method cannot read request properties, only headers, so the filter puts
 * the address in an internal header, replacing whatever the client itself may have sent under that
 * name: the client cannot choose its own address. It runs at {@code Priorities.USER}, after the
 * filters that set the property.
 */
final class ClientAddressFeature implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (ClientAddress.isTakenBy(resource.getResourceMethod())) {
      context.register(new ClientAddressFilter(), Priorities.USER);
    }
  }

  private static final class ClientAddressFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      Object address = request.getProperty(ClientAddress.PROPERTY);
      request
          .getHeaders()
          .putSingle(
              ClientAddress.HEADER,
              address instanceof String text && !text.isBlank() ? text : ClientAddress.UNKNOWN);
    }
  }
}
