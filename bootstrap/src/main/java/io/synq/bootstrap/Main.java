package io.synq.bootstrap;

import io.synq.domain.DomainException;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** {@code java -jar synq-server.jar [serve|token ...]}: see {@link ServeCommand}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Jersey and Grizzly log through java.util.logging; route it to our logback configuration.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    int exitCode = commandLine().execute(args);
    if (exitCode != ServeCommand.RUNNING) {
      System.exit(exitCode);
    }
  }

  static CommandLine commandLine() {
    return new CommandLine(new ServeCommand())
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              if (e instanceof ConfigurationException || e instanceof IllegalArgumentException) {
                cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
              }
              if (e instanceof DomainException refused) {
                // A rule said no (a taken email, a too short password): the message says which.
                cmd.getErr().println(cmd.getCommandName() + ": " + refused.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
              }
              throw e;
            });
  }
}
