package io.synq.bootstrap;

import io.synq.adapter.rest.ClientAddress;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/** Binds {@link GrizzlyClientAddress} to the resource methods that take the client's address. */
final class GrizzlyClientAddressFeature implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (ClientAddress.isTakenBy(resource.getResourceMethod())) {
      context.register(GrizzlyClientAddress.class);
    }
  }
}
