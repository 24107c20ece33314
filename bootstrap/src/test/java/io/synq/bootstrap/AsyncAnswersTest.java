package io.synq.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A resource that answers asynchronously works on the standalone server whether the request body
 * came with the headers or after them, when {@link WholeBodyFirst} has suspended the response.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncAnswersTest {
  private StandaloneServer server;
  private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

  /** Echoes the body from another thread, as a delayed answer does. */
  @Path("echo")
  public static final class LaterEcho {
    @POST
    public void echo(String body, @Suspended AsyncResponse answer) {
      CompletableFuture.runAsync(() -> answer.resume("echo: " + body));
    }
  }

  @BeforeAll
  void start() {
    server =
        StandaloneServer.start(
            "127.0.0.1",
            0,
            new Application() {
              @Override
              public Set<Class<?>> getClasses() {
                return Set.of(LaterEcho.class);
              }
            });
  }

  @AfterAll
  void stop() {
    later.shutdownNow();
    server.close();
  }

  @Test
  void a_body_sent_with_the_headers_is_answered_asynchronously() throws IOException {
    try (Socket socket = connect()) {
      send(socket, headers(5) + "hello");

      assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 200").endsWith("echo: hello");
    }
  }

  @Test
  void a_body_sent_after_the_headers_is_answered_asynchronously() throws IOException {
    try (Socket socket = connect()) {
      send(socket, headers(5));
      // Later, so that the server has taken up the headers and waits for the body.
      later.schedule(() -> sendQuietly(socket, "hello"), 200, TimeUnit.MILLISECONDS);

      assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 200").endsWith("echo: hello");
    }
  }

  private static String headers(int contentLength) {
    return "POST /echo HTTP/1.1\r\nHost: synq.test\r\nContent-Type: text/plain\r\n"
        + "Connection: close\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static void send(Socket socket, String bytes) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(bytes.getBytes(UTF_8));
    out.flush();
  }

  private static void sendQuietly(Socket socket, String bytes) {
    try {
      send(socket, bytes);
    } catch (IOException e) {
      // the test failed already: nothing more to send
    }
  }

  private static String readUntilClosed(Socket socket) throws IOException {
    return new String(socket.getInputStream().readAllBytes(), UTF_8);
  }
}
