package io.synq.bootstrap;

import io.synq.adapter.rest.Health;
import java.util.List;

/**
 * Where the server is in its life, as the management listener's probes report it: starting (the
 * database is being opened and migrated: not started, not ready), running (ready when its checks
 * are), and stopping (after SIGTERM: not ready, so that load balancers stop sending).
 */
final class ServerLifecycle {
  private static final Health.Report DOWN = new Health.Report(Health.DOWN, List.of());
  private static final Health.Report UP = new Health.Report(Health.UP, List.of());

  private volatile Health health; // null while starting
  private volatile boolean stopping;

  /** The API is listening; readiness is now that of its checks. */
  void running(Health health) {
    this.health = health;
  }

  /** Shutdown has begun: readiness is DOWN from now on. */
  void stopping() {
    stopping = true;
  }

  /** The readiness check of the server itself: UP until shutdown begins. */
  boolean accepting() {
    return !stopping;
  }

  Health.Report live() {
    return UP;
  }

  Health.Report started() {
    Health current = health;
    return current == null ? DOWN : current.started();
  }

  Health.Report ready() {
    Health current = health;
    return current == null ? DOWN : current.ready();
  }
}
