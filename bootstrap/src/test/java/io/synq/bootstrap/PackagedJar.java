package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged {@code synq-server.jar} (built by the package phase, so only integration tests have
 * it) run as a user runs it: servers and CLI commands in one working directory with one
 * configuration, which is where the default H2 database lives.
 */
final class PackagedJar implements AutoCloseable {
  private static final Path JAR = Paths.get(System.getProperty("synq.server.jar"));
  private static final String JAVA =
      Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)");
  private static final Pattern MANAGEMENT =
      Pattern.compile("health probes on http://[^:]+:(\\d+)/metrics");

  private final Path workDir;
  private final Map<String, String> config;
  private final List<Server> servers = new ArrayList<>();

  /** In {@code workDir}, with the variables every server and command of this jar gets. */
  PackagedJar(Path workDir, Map<String, String> config) {
    this.workDir = workDir;
    this.config = Map.copyOf(config);
  }

  /** A server started with these arguments; {@link Server#port()} waits until it listens. */
  Server start(String... args) throws IOException {
    return start(Map.of(), args);
  }

  Server start(Map<String, String> env, String... args) throws IOException {
    Server server = new Server(process(env, args).redirectErrorStream(true).start());
    servers.add(server);
    return server;
  }

  /** A CLI command, run to its end. */
  Result run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  Result run(Map<String, String> env, String... args) throws Exception {
    Process process = process(env, args).start();
    CompletableFuture<String> stderr =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    String stdout = read(process.getInputStream());
    boolean exited = process.waitFor(90, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    assertThat(exited).as("command finished").isTrue();
    return new Result(process.exitValue(), stdout, stderr.get(30, TimeUnit.SECONDS));
  }

  /** {@code java -jar synq-server.jar args} in the working directory, with the configuration. */
  private ProcessBuilder process(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    // Several servers may run at once: none takes the fixed default management port.
    builder.environment().put("SYNQ_MANAGEMENT_PORT", "0");
    builder.environment().putAll(config);
    builder.environment().putAll(env);
    return builder;
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills every server this jar started that still runs. */
  @Override
  public void close() {
    try {
      for (Server server : servers) {
        server.kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the servers", e);
    }
  }

  /** A running server process and everything it has printed. */
  static final class Server {
    private final Process process;
    private final StringBuffer log = new StringBuffer();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final CompletableFuture<Integer> managementPort = new CompletableFuture<>();

    private Server(Process process) {
      this.process = process;
      Thread reader = new Thread(this::readLog, "server-log");
      reader.setDaemon(true);
      reader.start();
    }

    /** Reads the log to its end, noting the port once the server says where it listens. */
    private void readLog() {
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          log.append(line).append('\n');
          Matcher matcher = LISTENING.matcher(line);
          if (matcher.find()) {
            port.complete(Integer.parseInt(matcher.group(1)));
          }
          Matcher management = MANAGEMENT.matcher(line);
          if (management.find()) {
            managementPort.complete(Integer.parseInt(management.group(1)));
          }
        }
      } catch (IOException e) {
        // the process is gone
      }
      port.completeExceptionally(new IllegalStateException("server exited:\n" + log));
      managementPort.completeExceptionally(new IllegalStateException("server exited:\n" + log));
    }

    /** Waits until the server listens. */
    int port() throws Exception {
      return port.get(90, TimeUnit.SECONDS);
    }

    /** Where it listens, on loopback. */
    URI base() throws Exception {
      return URI.create("http://127.0.0.1:" + port());
    }

    /** Where its management listener is, on loopback, once it has said so. */
    URI managementBase() throws Exception {
      return URI.create("http://127.0.0.1:" + managementPort.get(90, TimeUnit.SECONDS));
    }

    /** SIGTERM, as an orchestrator stops it: the shutdown hook runs. */
    void terminate() {
      process.destroy();
    }

    /** Waits for the process to end, and says how. */
    int exitCode() throws InterruptedException {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("server exited").isTrue();
      return process.exitValue();
    }

    /** What it has printed so far. */
    String log() {
      return log.toString();
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() throws InterruptedException {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  record Result(int exitCode, String stdout, String stderr) {
    String lastStdoutLine() {
      String[] lines = stdout.strip().split("\n");
      return lines[lines.length - 1].strip();
    }

    /** The one line an error stops the command with, after whatever was logged before it. */
    String lastStderrLine() {
      String[] lines = stderr.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }
}
