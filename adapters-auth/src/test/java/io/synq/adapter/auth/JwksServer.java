package io.synq.adapter.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;

/**
 * A JWKS endpoint on 127.0.0.1 whose answer the test decides, counting requests: a document, or a
 * misbehaving server that sends its headers and then stalls, or trickles the body a byte at a time.
 */
final class JwksServer implements AutoCloseable {
  private enum Mode {
    ANSWER,
    STALL,
    TRICKLE
  }

  /** The longest a stalled or trickling answer lasts, should the test never release it. */
  private static final long MAX_HOLD_SECONDS = 30;

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger holding = new AtomicInteger();
  private volatile Mode mode = Mode.ANSWER;
  private volatile int status = 200;
  private volatile String body = "{\"keys\":[]}";
  private volatile CountDownLatch release = new CountDownLatch(1);

  private JwksServer(HttpServer server) {
    this.server = server;
  }

  static JwksServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      JwksServer jwks = new JwksServer(server);
      server.createContext("/jwks.json", jwks::handle);
      server.setExecutor(jwks.handlers);
      server.start();
      return jwks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
  }

  /** Publishes the public halves of these keys. */
  void publish(JsonWebKey... keys) {
    List<JsonWebKey> jwks = Arrays.asList(keys);
    answer(200, new JsonWebKeySet(jwks).toJson(OutputControlLevel.PUBLIC_ONLY));
  }

  void answer(int status, String body) {
    this.status = status;
    this.body = body;
    mode = Mode.ANSWER;
  }

  /** From now on: status 200 and headers announcing a body, then nothing until {@link #release}. */
  void stallAfterHeaders() {
    release = new CountDownLatch(1);
    mode = Mode.STALL;
  }

  /** From now on: status 200, then a chunked body of one byte every 50 ms that never ends. */
  void trickle() {
    release = new CountDownLatch(1);
    mode = Mode.TRICKLE;
  }

  /** Ends the answers held so far by closing their connections. */
  void release() {
    release.countDown();
  }

  int requests() {
    return requests.get();
  }

  /** How many answers are stalled or trickling now. */
  int holding() {
    return holding.get();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    switch (mode) {
      case ANSWER -> answer(exchange);
      case STALL -> hold(exchange, 1000, this::stall);
      case TRICKLE -> hold(exchange, 0, this::trickle);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private interface Holding {
    void hold(OutputStream out, CountDownLatch released) throws IOException, InterruptedException;
  }

  /** Headers (a length of 0 means chunked), then whatever {@code holding} does, then the end. */
  private void hold(HttpExchange exchange, long length, Holding holding) throws IOException {
    CountDownLatch released = release;
    exchange.sendResponseHeaders(200, length);
    this.holding.incrementAndGet();
    try {
      holding.hold(exchange.getResponseBody(), released);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away: what a deadline should make it do
    } finally {
      this.holding.decrementAndGet();
      end(exchange);
    }
  }

  private void stall(OutputStream out, CountDownLatch released) throws InterruptedException {
    released.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
  }

  private void trickle(OutputStream out, CountDownLatch released)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_HOLD_SECONDS);
    while (!released.await(50, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
      out.write(' ');
      out.flush();
    }
  }

  /** Ends the answer: a stalled one is cut short, so its connection closes. */
  private static void end(HttpExchange exchange) {
    try {
      exchange.close();
    } catch (RuntimeException e) {
      // an unfinished fixed-length body: the connection is closed all the same
    }
  }
}
