package io.synq.adapter.rest;

import jakarta.ws.rs.HeaderParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Who is calling, for throttling failed sign-ins per client. JAX-RS has no portable view of the
 * remote address, so the container integration reports it: a request filter of priority below
 * {@code Priorities.USER} (or the container itself) sets the request property {@link #PROPERTY} to
 * the client's address, for example from Grizzly's {@code Request.getRemoteAddr()}. Only the
 * resource methods that {@linkplain #isTakenBy take the address} need it, so such a filter can be
 * bound to those alone. When nothing sets it, every client counts as {@link #UNKNOWN}: they then
 * share one budget of failed sign-ins, so a deployment should set it.
 */
public final class ClientAddress {
  /** The request property, a {@code String}, that carries the client's address. */
  public static final String PROPERTY = "io.synq.client-address";

  /** The client of a request whose container integration reported no address. */
  public static final String UNKNOWN = "unknown";

  /**
   * The internal header a resource method declares as a {@code @HeaderParam} to be handed the
   * address; whatever a client sends under this name is replaced.
   */
  public static final String HEADER = "Synq-Internal-Client-Address";

  private ClientAddress() {}

  /** Whether this resource method takes the client's address (sign-in does). */
  public static boolean isTakenBy(Method resourceMethod) {
    return Arrays.stream(resourceMethod.getParameterAnnotations())
        .flatMap(Arrays::stream)
        .anyMatch(ClientAddress::isTheHeader);
  }

  private static boolean isTheHeader(Annotation annotation) {
    return annotation instanceof HeaderParam header && HEADER.equalsIgnoreCase(header.value());
  }
}
