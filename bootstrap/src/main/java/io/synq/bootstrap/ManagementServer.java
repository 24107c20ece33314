package io.synq.bootstrap;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;

/**
 * The management listener, apart from the API (like Dropwizard's admin port): its own address and
 * its own two threads, so that probes and scrapes are answered while every API worker is busy.
 */
final class ManagementServer implements AutoCloseable {
  private static final int THREADS = 2;

  private final HttpServer server;
  private final RequestDeadlines deadlines;

  private ManagementServer(HttpServer server, RequestDeadlines deadlines) {
    this.server = server;
    this.deadlines = deadlines;
  }

  static ManagementServer start(
      String host, int port, PrometheusMeterRegistry registry, ServerLifecycle lifecycle) {
    HttpServer server = new HttpServer();
    NetworkListener listener = new NetworkListener("synq-management", host, port);
    listener
        .getTransport()
        .setWorkerThreadPoolConfig(
            ThreadPoolConfig.defaultConfig()
                .copy()
                .setPoolName("synq-management")
                .setDaemon(true)
                .setCorePoolSize(THREADS)
                .setMaxPoolSize(THREADS));
    // The API's HTTP hardening here too; without it, Grizzly would take up an Upgrade: h2c
    // request (as Java's HttpClient sends) and answer it without its Content-Type.
    RequestDeadlines deadlines = new RequestDeadlines(HttpLimits.DEFAULTS.requestTimeout());
    listener.setMaxHttpHeaderSize(HttpLimits.DEFAULT_MAX_HEADER_BYTES);
    listener.registerAddOn(new StrictHttpAddOn(deadlines, false));
    server.addListener(listener);
    server.getServerConfiguration().addHttpHandler(new ManagementHandler(registry, lifecycle));
    server.getServerConfiguration().setHttpServerName("synq");
    server.getServerConfiguration().setHttpServerVersion("");
    try {
      server.start();
    } catch (IOException e) {
      deadlines.close();
      throw new UncheckedIOException(
          "cannot listen for management on " + host + ":" + port + " (SYNQ_MANAGEMENT_PORT)", e);
    }
    return new ManagementServer(server, deadlines);
  }

  int port() {
    return server.getListeners().iterator().next().getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
    deadlines.close();
  }
}
