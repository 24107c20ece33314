package io.synq.bootstrap;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the server until the process is stopped; the default when no sub-command is given. */
@Command(
    name = "synq-server",
    mixinStandardHelpOptions = true,
    subcommands = {TokenCommand.class, AdminCommand.class, KeysCommand.class},
    description = {
      "Runs the Synq API server. Configuration comes from SYNQ_* environment variables",
      "(or synq.* system properties); see the README."
    })
final class ServeCommand implements Callable<Integer> {
  /** What {@link #call()} returns once the server is up: the process lives on in its threads. */
  static final int RUNNING = -1;

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Option(
      names = "--demo",
      description =
          "On an empty database, create a demo organization, its admin and some products.")
  boolean demo;

  @Override
  public Integer call() {
    Config config = Config.fromProcess();
    ServerMetrics metrics = new ServerMetrics();
    ServerLifecycle lifecycle = new ServerLifecycle();
    Optional<ManagementServer> management =
        startManagement(config.management(), metrics, lifecycle);
    Wiring wiring;
    StandaloneServer server;
    try {
      wiring = Wiring.open(config, Clock.systemUTC(), metrics.registry(), lifecycle::accepting);
    } catch (RuntimeException e) {
      management.ifPresent(ManagementServer::close);
      throw e;
    }
    try {
      wiring.closeDatabaseOnlyWhenClosed();
      greet(config, wiring);
      server =
          StandaloneServer.start(
              config.httpHost(), config.httpPort(), wiring.restApplication(), config.httpLimits());
    } catch (RuntimeException e) {
      wiring.close();
      management.ifPresent(ManagementServer::close);
      throw e;
    }
    GracefulShutdown shutdown =
        new GracefulShutdown(config.shutdown(), lifecycle, server, wiring, management, metrics);
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "synq-shutdown"));
    wiring.startHousekeeping();
    lifecycle.running(wiring.health());
    log.info("Synq API listening on http://{}:{}", config.httpHost(), server.port());
    return RUNNING;
  }

  private static Optional<ManagementServer> startManagement(
      Config.Management config, ServerMetrics metrics, ServerLifecycle lifecycle) {
    return config
        .port()
        .map(
            port -> {
              ManagementServer server =
                  ManagementServer.start(config.host(), port, metrics.registry(), lifecycle);
              log.info(
                  "Metrics and health probes on http://{}:{}/metrics",
                  config.host(),
                  server.port());
              return server;
            });
  }

  /** On a database without accounts: the demo organization, or how to create the first admin. */
  private void greet(Config config, Wiring wiring) {
    if (!config.auth().embedded()) {
      return;
    }
    StartupHints hints = new StartupHints(config.publicUrl());
    if (demo) {
      wiring
          .seedDemo()
          .ifPresentOrElse(
              credentials -> hints.demo(credentials).forEach(log::info),
              () -> log.info("--demo ignored: the database already has accounts"));
    } else if (wiring.firstStart()) {
      hints.firstStart().forEach(log::info);
    }
  }
}
