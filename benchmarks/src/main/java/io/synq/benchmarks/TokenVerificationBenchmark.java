package io.synq.benchmarks;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.service.AuthenticateService;
import io.synq.bootstrap.Wiring;
import io.synq.domain.access.Caller;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Authentication of a bearer token as a request pays it: the embedded issuer's verifier, built as
 * {@link Wiring} builds it, behind the application's {@link AuthenticateService} (claim checks
 * included). {@code cold} verifies a token never seen before on each call; {@code warm} the same
 * token every time, which a verified-token cache in the verifier turns into a lookup.
 *
 * <p>Each iteration gets a new wiring (issuer, verifier, any cache in them) on the same database,
 * so the pool of pre-minted tokens is unseen again. Iterations are short so that one cannot use up
 * the pool; if one does, it fails rather than measure repeated tokens.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m", "-DSYNQ_LOG_LEVEL=WARN"})
@Threads(1)
@Warmup(iterations = 10, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 20, time = 100, timeUnit = TimeUnit.MILLISECONDS)
public class TokenVerificationBenchmark {
  /** Distinct tokens per iteration at most; 100 ms at 12 us a verification. */
  @Param("8192")
  int poolSize;

  private final InMemoryWiring database = InMemoryWiring.newDatabase();
  private Wiring keeper;
  private List<String> pool;
  private String sameToken;

  private Wiring wiring;
  private AuthenticateUseCase authenticate;
  private int next;

  @Setup(Level.Trial)
  public void mintTokens() {
    keeper = database.open();
    pool =
        TokenMinter.distinct(
            keeper.embeddedIssuer().orElseThrow(), "bench", "main", "viewer", poolSize);
    sameToken =
        TokenMinter.distinct(keeper.embeddedIssuer().orElseThrow(), "bench", "warm", "viewer", 1)
            .get(0);
  }

  @Setup(Level.Iteration)
  public void newVerifier() {
    wiring = database.open();
    authenticate =
        new AuthenticateService(
            wiring.embeddedIssuer().orElseThrow().verifier(database.config().auth().clockSkew()));
    next = 0;
  }

  @TearDown(Level.Iteration)
  public void closeVerifier() {
    wiring.close();
  }

  @TearDown(Level.Trial)
  public void closeDatabase() {
    keeper.close();
  }

  @Benchmark
  public Caller cold() {
    if (next == pool.size()) {
      throw new IllegalStateException(
          "all " + pool.size() + " tokens used in one iteration: raise -p poolSize");
    }
    return authenticate.authenticate(new AuthenticateUseCase.Query(pool.get(next++)));
  }

  @Benchmark
  public Caller warm() {
    return authenticate.authenticate(new AuthenticateUseCase.Query(sameToken));
  }
}
