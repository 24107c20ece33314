package io.synq.bootstrap;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The run the build records the server's class-data sharing archive from ({@code
 * -XX:ArchiveClassesAtExit}, see the README's Performance section): it starts the server as {@code
 * java -jar} does, on a database in the given directory, makes the calls a client makes first, and
 * exits. Not a command of the server: it exists for the build.
 */
public final class StartupTraining {
  private StartupTraining() {}

  /**
   * @param args the directory in which the training's database gets a directory of its own
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int port = freePort();
    String base = "http://127.0.0.1:" + port;
    // A directory of its own, which only this user may read, as the server expects.
    Path database = Files.createTempDirectory(Path.of(args[0]), "startup-training").resolve("synq");
    System.setProperty("synq.db.url", "jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE");
    System.setProperty("synq.http.host", "127.0.0.1");
    System.setProperty("synq.http.port", String.valueOf(port));
    System.setProperty("synq.public.url", base);
    System.setProperty("synq.log.level", "WARN");
    Main.main(new String[0]);

    String token = mint();
    HttpClient client = HttpClient.newHttpClient();
    for (String path :
        List.of(
            "/health/live",
            "/health/ready",
            "/api/v1/products?limit=20",
            "/api/v1/products/00000000-0000-0000-0000-000000000000")) {
      client.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Authorization", "Bearer " + token)
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
    client.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"email\": \"nobody@example.com\", \"password\": \"not a password\"}"))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    System.exit(0);
  }

  private static String mint() {
    StringWriter out = new StringWriter();
    int exitCode =
        Main.commandLine()
            .setOut(new PrintWriter(out, true))
            .execute("token", "--tenant", "training", "--org", "training", "--role", "viewer");
    if (exitCode != 0) {
      throw new IllegalStateException("minting the training token failed: " + exitCode);
    }
    return out.toString().strip();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
