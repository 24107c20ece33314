package io.synq.bootstrap;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What SIGTERM does, in order: readiness DOWN at once; new connections still accepted for the drain
 * delay, so that a load balancer that polls readiness stops sending first; then no new connections,
 * and the requests in flight get the grace period to complete; then the database closes after them
 * (never before: see {@link Wiring#closeDatabaseOnlyWhenClosed}), and the process exits 0.
 */
final class GracefulShutdown {
  private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

  private final Config.Shutdown config;
  private final ServerLifecycle lifecycle;
  private final StandaloneServer server;
  private final Wiring wiring;
  private final Optional<ManagementServer> management;
  private final ServerMetrics metrics;

  GracefulShutdown(
      Config.Shutdown config,
      ServerLifecycle lifecycle,
      StandaloneServer server,
      Wiring wiring,
      Optional<ManagementServer> management,
      ServerMetrics metrics) {
    this.config = config;
    this.lifecycle = lifecycle;
    this.server = server;
    this.wiring = wiring;
    this.management = management;
    this.metrics = metrics;
  }

  /** Runs in the JVM's shutdown hook. */
  void run() {
    lifecycle.stopping();
    log.info(
        "Shutting down: not ready; draining for {} s, then up to {} s for requests in flight",
        config.drain().toSeconds(),
        config.grace().toSeconds());
    try {
      Thread.sleep(config.drain().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close(config.grace());
    wiring.close();
    management.ifPresent(ManagementServer::close);
    metrics.close();
    log.info("Stopped");
    // A JVM ended by SIGTERM exits 143; a shutdown that went as planned is a success.
    Runtime.getRuntime().halt(0);
  }
}
