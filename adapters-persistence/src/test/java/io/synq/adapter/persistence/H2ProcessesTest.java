package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.synq.domain.product.ProductId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The H2 file database as the server uses it, with a {@link ProductWriter} in another JVM. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class H2ProcessesTest {
  @TempDir Path directory;

  private Process writer;

  @AfterEach
  void stopWriter() {
    if (writer != null) {
      writer.destroyForcibly();
    }
  }

  @Test
  void a_committed_write_survives_kill_9_of_the_process() throws Exception {
    DatabaseTarget target = DatabaseTarget.h2File(directory);
    ProductId id = startWriter(target);

    writer.destroyForcibly().waitFor();

    try (Database database = target.open()) {
      assertThat(new JdbiProductRepository(database.jdbi()).find(ProductWriter.SCOPE, id))
          .isPresent();
    }
  }

  @Test
  void a_second_process_writes_while_the_first_holds_the_database() throws Exception {
    DatabaseTarget target = DatabaseTarget.h2File(directory);
    try (Database database = target.open()) {
      ProductId id = startWriter(target);

      assertThat(new JdbiProductRepository(database.jdbi()).find(ProductWriter.SCOPE, id))
          .isPresent();
      writer.getOutputStream().close();
      assertThat(writer.waitFor()).isZero();
    }
  }

  @Test
  void serves_the_database_to_other_processes_on_loopback_only() throws IOException {
    Database database = DatabaseTarget.h2File(directory).open();
    try (database;
        Reader reader = Files.newBufferedReader(directory.resolve("synq.lock.db"));
        ServerSocket socket = new ServerSocket()) {
      Properties lock = new Properties();
      lock.load(reader);
      String server = lock.getProperty("server");
      int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

      // Were H2 listening on every interface, this port would be taken on this address too.
      assertThatCode(() -> socket.bind(new InetSocketAddress(addressBesidesLoopback(), port)))
          .doesNotThrowAnyException();
    }
  }

  private static InetAddress addressBesidesLoopback() throws IOException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .findFirst()
        .orElseThrow(() -> new AssertionError("this host has no address besides loopback"));
  }

  /** Starts a writer on the database and waits until it has committed its product. */
  private ProductId startWriter(DatabaseTarget target) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    writer =
        new ProcessBuilder(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ProductWriter.class.getName(),
                target.url())
            .redirectErrorStream(true)
            .start();
    List<String> output = new ArrayList<>();
    BufferedReader lines = writer.inputReader();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.startsWith(ProductWriter.COMMITTED)) {
        return ProductId.parse(line.substring(ProductWriter.COMMITTED.length()));
      }
      output.add(line);
    }
    throw new AssertionError(
        "the writer stopped without committing:\n" + String.join("\n", output));
  }
}
