package io.synq.bootstrap;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** Runs the server until the process is stopped; the default when no sub-command is given. */
@Command(
    name = "synq-server",
    mixinStandardHelpOptions = true,
    subcommands = {TokenCommand.class},
    description = {
      "Runs the Synq API server. Configuration comes from SYNQ_* environment variables",
      "(or synq.* system properties); see the README."
    })
final class ServeCommand implements Callable<Integer> {
  /** What {@link #call()} returns once the server is up: the process lives on in its threads. */
  static final int RUNNING = -1;

  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Override
  public Integer call() {
    Config config = Config.fromProcess();
    Wiring wiring = Wiring.open(config, Clock.systemUTC());
    StandaloneServer server;
    try {
      server =
          StandaloneServer.start(config.httpHost(), config.httpPort(), wiring.restApplication());
    } catch (RuntimeException e) {
      wiring.close();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  wiring.close();
                },
                "synq-shutdown"));
    log.info("Synq API listening on http://{}:{}", config.httpHost(), server.port());
    if (config.auth().embedded()) {
      log.info(
          "Embedded issuer {}. Get a token with: java -jar bootstrap/target/synq-server.jar token"
              + " --tenant acme --org sales --role admin",
          config.auth().issuer());
    }
    return RUNNING;
  }
}
