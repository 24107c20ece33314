package io.synq.adapter.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * For tests only: lets a request name the client address it comes from, in a header, so that each
 * test has a throttling budget of its own. Never in production, where a client could then pick a
 * fresh address for every attempt. It runs after the filters that report the address and just
 * before the one that hands it to sign-in, so it overrides what a container integration reported.
 */
@Priority(Priorities.USER - 1)
public final class TestClientAddress implements ContainerRequestFilter {
  public static final String HEADER = "X-Test-Client-Address";

  /** The request, as if sent from the given address. */
  public static HttpRequest.Builder from(HttpRequest.Builder request, String address) {
    return request.header(HEADER, address);
  }

  /** The application, with this filter added. */
  public static Application around(Application application) {
    return new Application() {
      @Override
      @SuppressWarnings("deprecation")
      public Set<Object> getSingletons() {
        Set<Object> singletons = new HashSet<>(application.getSingletons());
        singletons.add(new TestClientAddress());
        return singletons;
      }

      @Override
      public Set<Class<?>> getClasses() {
        return application.getClasses();
      }

      @Override
      public Map<String, Object> getProperties() {
        return application.getProperties();
      }
    };
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String address = request.getHeaderString(HEADER);
    if (address != null) {
      request.setProperty(ClientAddress.PROPERTY, address);
    }
  }
}
