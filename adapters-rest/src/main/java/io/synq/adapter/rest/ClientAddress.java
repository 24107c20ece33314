package io.synq.adapter.rest;

/**
 * Who is calling, for throttling failed sign-ins per client. JAX-RS has no portable view of the
 * remote address, so the container integration reports it: a {@code @PreMatching} request filter
 * (or the container itself) sets the request property {@link #PROPERTY} to the client's address,
 * for example from Grizzly's {@code Request.getRemoteAddr()}. When nothing sets it, every client
 * counts as {@link #UNKNOWN}: they then share one budget of failed sign-ins, so a deployment should
 * set it.
 */
public final class ClientAddress {
  /** The request property, a {@code String}, that carries the client's address. */
  public static final String PROPERTY = "io.synq.client-address";

  /** The client of a request whose container integration reported no address. */
  public static final String UNKNOWN = "unknown";

  private ClientAddress() {}
}
