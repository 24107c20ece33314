package io.synq.bootstrap;

import io.synq.adapter.rest.SynqRestApplication;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http2.Http2AddOn;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The REST application on Jersey and Grizzly, listening on one address, hardened against slow and
 * malformed clients within the given {@link HttpLimits}.
 */
public final class StandaloneServer implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(10);

  /** How long a kept-alive connection may wait for its next request. */
  private static final Duration KEEP_ALIVE_IDLE = Duration.ofSeconds(30);

  private final HttpServer server;
  private final RequestDeadlines deadlines;

  private StandaloneServer(HttpServer server, RequestDeadlines deadlines) {
    this.server = server;
    this.deadlines = deadlines;
  }

  /** With the default limits; port 0 picks a free port (see {@link #port()}). */
  public static StandaloneServer start(String host, int port, Application application) {
    return start(host, port, application, HttpLimits.DEFAULTS);
  }

  /** Starts listening; port 0 picks a free port (see {@link #port()}). */
  public static StandaloneServer start(
      String host, int port, Application application, HttpLimits limits) {
    RequestDeadlines deadlines = new RequestDeadlines(limits.requestTimeout());
    HttpServer server = new HttpServer();
    server.addListener(listener(host, port, limits, deadlines));
    GrizzlyHttpContainer jersey =
        ContainerFactory.createContainer(
            GrizzlyHttpContainer.class,
            ResourceConfig.forApplication(application)
                .register(GrizzlyClientAddressFeature.class)
                .register(SuspendedByBodyFirst.class));
    server
        .getServerConfiguration()
        .addHttpHandler(
            new HomeRedirect(
                new WholeBodyFirst(jersey, deadlines, SynqRestApplication.MAX_BODY_BYTES)),
            HttpHandlerRegistration.ROOT);
    server
        .getServerConfiguration()
        .addHttpHandler(
            new DashboardHandler(),
            HttpHandlerRegistration.builder()
                .contextPath(DashboardHandler.CONTEXT_PATH)
                .urlPattern("/*")
                .build());
    server.getServerConfiguration().setDefaultErrorPageGenerator(new JsonErrorPages());
    server.getServerConfiguration().setHttpServerName("synq");
    server.getServerConfiguration().setHttpServerVersion("");
    try {
      server.start();
    } catch (IOException e) {
      deadlines.close();
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
    return new StandaloneServer(server, deadlines);
  }

  private static NetworkListener listener(
      String host, int port, HttpLimits limits, RequestDeadlines deadlines) {
    NetworkListener listener = new NetworkListener("synq", host, port);
    listener.setMaxHttpHeaderSize(limits.maxHeaderBytes());
    listener.getKeepAlive().setIdleTimeoutInSeconds((int) KEEP_ALIVE_IDLE.toSeconds());
    listener
        .getTransport()
        .setWorkerThreadPoolConfig(
            ThreadPoolConfig.defaultConfig()
                .copy()
                .setPoolName("synq-http")
                // What keeps the process alive once main returns, until the server is stopped.
                .setDaemon(false)
                .setCorePoolSize(limits.workerThreads())
                .setMaxPoolSize(limits.workerThreads()));
    listener.registerAddOn(new StrictHttpAddOn(deadlines, limits.cleartextHttp2()));
    if (limits.cleartextHttp2()) {
      listener.registerAddOn(new Http2AddOn());
    }
    return listener;
  }

  public int port() {
    return server.getListeners().stream().findFirst().map(NetworkListener::getPort).orElseThrow();
  }

  /** Stops accepting connections and lets requests in flight finish, for a few seconds. */
  @Override
  public void close() {
    close(GRACE);
  }

  /** Stops accepting connections and lets requests in flight finish, for at most {@code grace}. */
  public void close(Duration grace) {
    try {
      server.shutdown(grace.toMillis(), TimeUnit.MILLISECONDS).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdownNow();
    } catch (ExecutionException e) {
      server.shutdownNow();
    } finally {
      deadlines.close();
    }
  }
}
