package io.synq.bootstrap;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http2.Http2AddOn;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The REST application on Jersey and Grizzly, listening on one address. */
public final class StandaloneServer implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(10);

  private final HttpServer server;

  private StandaloneServer(HttpServer server) {
    this.server = server;
  }

  /** Starts listening; port 0 picks a free port (see {@link #port()}). */
  public static StandaloneServer start(String host, int port, Application application) {
    URI base = UriBuilder.fromUri("http://localhost/").host(host).port(port).build();
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(
            base,
            ResourceConfig.forApplication(application).register(GrizzlyClientAddress.class),
            false);
    server.getServerConfiguration().setDefaultErrorPageGenerator(new JsonErrorPages());
    server.getListeners().forEach(listener -> listener.registerAddOn(new Http2AddOn()));
    server.getServerConfiguration().setHttpServerName("synq");
    server.getServerConfiguration().setHttpServerVersion("");
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
    return new StandaloneServer(server);
  }

  public int port() {
    return server.getListeners().stream().findFirst().map(NetworkListener::getPort).orElseThrow();
  }

  /** Stops accepting connections and lets requests in flight finish, for a few seconds. */
  @Override
  public void close() {
    try {
      server.shutdown(GRACE.toSeconds(), TimeUnit.SECONDS).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdownNow();
    } catch (ExecutionException e) {
      server.shutdownNow();
    }
  }
}
