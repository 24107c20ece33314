package io.synq.adapter.auth;

/**
 * How much work one Argon2id hash costs. The same bounds apply to the cost a hasher is configured
 * with and to the cost a stored hash asks for, so a tampered hash cannot make a sign-in allocate
 * gigabytes or loop for minutes.
 *
 * @param memoryKib memory in KiB, from 8 per lane up to {@value #MAX_MEMORY_KIB} (64 MiB)
 * @param iterations passes over the memory, 1 to {@value #MAX_ITERATIONS}
 * @param parallelism lanes, 1 to {@value #MAX_PARALLELISM}
 */
public record Argon2idCost(int memoryKib, int iterations, int parallelism) {
  /** OWASP's recommended minimum: 19 MiB, 2 iterations, 1 lane (about 50 ms on a server core). */
  public static final Argon2idCost DEFAULT = new Argon2idCost(19_456, 2, 1);

  public static final int MAX_MEMORY_KIB = 64 * 1024;
  public static final int MAX_ITERATIONS = 10;
  public static final int MAX_PARALLELISM = 4;

  public Argon2idCost {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException("parallelism must be 1-" + MAX_PARALLELISM);
    }
    if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
      throw new IllegalArgumentException(
          "memoryKib must be between 8 per lane and " + MAX_MEMORY_KIB);
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("iterations must be 1-" + MAX_ITERATIONS);
    }
  }
}
