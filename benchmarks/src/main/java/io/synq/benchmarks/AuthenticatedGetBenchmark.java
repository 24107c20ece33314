package io.synq.benchmarks;

import io.synq.adapter.persistence.Database;
import io.synq.bootstrap.Config;
import io.synq.bootstrap.Wiring;
import java.io.OutputStream;
import java.net.URI;
import java.security.Principal;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GET /api/v1/products/{id}} with the same token each time, through the server's own Jersey
 * application ({@link Wiring#restApplication()}) in-process: every filter, the verifier as wired,
 * the claim checks, the database read and the JSON body, without sockets or Grizzly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m", "-DSYNQ_LOG_LEVEL=WARN"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class AuthenticatedGetBenchmark {
  private static final URI BASE = URI.create(InMemoryWiring.PUBLIC_URL + "/");

  private final InMemoryWiring database = InMemoryWiring.newDatabase();
  private Wiring wiring;
  private ApplicationHandler application;
  private URI product;
  private String authorization;

  @Setup(Level.Trial)
  public void startApplication() {
    wiring = database.open();
    Config.DatabaseConfig db = database.config().database();
    try (Database seeding = Database.open(db.url(), db.user(), db.password(), 2)) {
      ProductSeeder seeder = new ProductSeeder(seeding.jdbi(), "bench", "main");
      seeder.seed(1_000);
      product = BASE.resolve("api/v1/products/" + seeder.idAt(500));
    }
    String token =
        TokenMinter.distinct(wiring.embeddedIssuer().orElseThrow(), "bench", "main", "viewer", 1)
            .get(0);
    authorization = "Bearer " + token;
    application = new ApplicationHandler(wiring.restApplication());
    int status = getProduct();
    if (status != 200) {
      throw new IllegalStateException("GET " + product + " answered " + status);
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    wiring.close();
  }

  @Benchmark
  public int getProduct() {
    ContainerRequest request =
        new ContainerRequest(
            BASE,
            product,
            "GET",
            AnonymousSecurityContext.INSTANCE,
            new MapPropertiesDelegate(),
            application.getConfiguration());
    request.header("Authorization", authorization);
    request.header("Accept", "application/json");
    try {
      ContainerResponse response =
          application.apply(request, OutputStream.nullOutputStream()).get();
      return response.getStatus();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** What a plain-HTTP container hands Jersey before the application authenticates anyone. */
  private enum AnonymousSecurityContext implements jakarta.ws.rs.core.SecurityContext {
    INSTANCE;

    @Override
    public Principal getUserPrincipal() {
      return null;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return false;
    }

    @Override
    public String getAuthenticationScheme() {
      return null;
    }
  }
}
