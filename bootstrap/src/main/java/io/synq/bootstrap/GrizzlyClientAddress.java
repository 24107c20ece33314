package io.synq.bootstrap;

import io.synq.adapter.rest.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.glassfish.grizzly.http.server.Request;

/**
 * Tells the REST adapter who is calling, for sign-in throttling: Jakarta REST has no portable
 * remote address, Grizzly has one. The socket's peer, unless that is one of the application's
 * {@link TrustedProxies}: only then does X-Forwarded-For, which any client can write, count.
 *
 * <p>Bound by {@link GrizzlyClientAddressFeature} to the resource methods that take the address
 * only: no other request pays for it. The one class of ours that Jersey injects: the Grizzly
 * request of the current call is only reachable through the container, and this glue is
 * Grizzly-specific anyway.
 */
@Priority(Priorities.AUTHENTICATION - 100)
final class GrizzlyClientAddress implements ContainerRequestFilter {
  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private final Provider<Request> grizzlyRequest;
  @Context private Configuration configuration;

  @Inject
  GrizzlyClientAddress(Provider<Request> grizzlyRequest) {
    this.grizzlyRequest = grizzlyRequest;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String peer = grizzlyRequest.get().getRemoteAddr();
    if (peer != null) {
      List<String> forwardedFor = request.getHeaders().getOrDefault(FORWARDED_FOR, List.of());
      request.setProperty(
          ClientAddress.PROPERTY,
          TrustedProxies.of(configuration).clientAddress(peer, forwardedFor));
    }
  }
}
