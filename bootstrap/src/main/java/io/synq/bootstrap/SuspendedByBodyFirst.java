package io.synq.bootstrap;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;

/**
 * Lets a resource answer asynchronously ({@code AsyncResponse}) although {@link WholeBodyFirst} has
 * suspended the Grizzly response already, to wait for the body. Jersey's Grizzly writer would try
 * to suspend it a second time, which Grizzly refuses, and answer 500. Suspended it is, so here
 * suspending is a no-op that succeeds; Jersey still resumes the response when it commits.
 */
@PreMatching
@Priority(Priorities.USER)
final class SuspendedByBodyFirst implements ContainerRequestFilter {
  /** The request property (a Grizzly request attribute) that says the response is suspended. */
  static final String PROPERTY = SuspendedByBodyFirst.class.getName();

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getProperty(PROPERTY) != null && request instanceof ContainerRequest jersey) {
      jersey.setWriter(new Writer(jersey.getResponseWriter()));
    }
  }

  private record Writer(ContainerResponseWriter grizzly) implements ContainerResponseWriter {
    @Override
    public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
      return true;
    }

    @Override
    public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {
      grizzly.setSuspendTimeout(timeOut, timeUnit);
    }

    @Override
    public OutputStream writeResponseStatusAndHeaders(
        long contentLength, ContainerResponse response) {
      return grizzly.writeResponseStatusAndHeaders(contentLength, response);
    }

    @Override
    public void commit() {
      grizzly.commit();
    }

    @Override
    public void failure(Throwable error) {
      grizzly.failure(error);
    }

    @Override
    public boolean enableResponseBuffering() {
      return grizzly.enableResponseBuffering();
    }
  }
}
