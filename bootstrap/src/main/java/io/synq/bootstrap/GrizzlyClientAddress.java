package io.synq.bootstrap;

import io.synq.adapter.rest.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.glassfish.grizzly.http.server.Request;

/**
 * Tells the REST adapter who is calling, for sign-in throttling: Jakarta REST has no portable
 * remote address, Grizzly has one. Deliberately the socket's peer, not X-Forwarded-For, which any
 * client can write.
 *
 * <p>The one class of ours that Jersey injects: the Grizzly request of the current call is only
 * reachable through the container, and this glue is Grizzly-specific anyway.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class GrizzlyClientAddress implements ContainerRequestFilter {
  private final Provider<Request> grizzlyRequest;

  @Inject
  GrizzlyClientAddress(Provider<Request> grizzlyRequest) {
    this.grizzlyRequest = grizzlyRequest;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String address = grizzlyRequest.get().getRemoteAddr();
    if (address != null) {
      request.setProperty(ClientAddress.PROPERTY, address);
    }
  }
}
