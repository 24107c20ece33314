package io.synq.adapter.auth;

/**
 * How many verified tokens a verifier remembers, so that a token seen again costs a lookup rather
 * than an RSA verification; 0 remembers none.
 *
 * <p>A token counts once per started KiB of its length, so the bound holds memory as well as
 * entries: most ID tokens are under 1 KiB and count once, the longest accepted ({@value
 * TokenShape#MAX_LENGTH} characters) counts 8 times.
 *
 * @param tokens at least 0
 */
public record TokenCacheSize(int tokens) {
  /** The default on a large heap: tens of thousands of live tokens, each reused for its hour. */
  static final int DEFAULT_TOKENS = 50_000;

  /** What a remembered token of up to 1 KiB holds on the heap, with room to spare (2.2 KB seen). */
  static final int BYTES_PER_TOKEN = 2_560;

  /** The share of the maximum heap that the default size may fill. */
  static final int HEAP_FRACTION = 8;

  /** Every token is verified in full, every time. */
  public static final TokenCacheSize NONE = new TokenCacheSize(0);

  /** The length of token that counts once. */
  static final int UNIT_CHARACTERS = 1024;

  public TokenCacheSize {
    if (tokens < 0) {
      throw new IllegalArgumentException("the token cache size must not be negative");
    }
  }

  /** {@link #DEFAULT_TOKENS}, or fewer on a small heap: at most an eighth of it when full. */
  public static TokenCacheSize defaultFor(long maxHeapBytes) {
    long fit = maxHeapBytes / HEAP_FRACTION / BYTES_PER_TOKEN;
    return new TokenCacheSize((int) Math.max(1, Math.min(DEFAULT_TOKENS, fit)));
  }

  /** The default for the heap this JVM may grow to ({@code -Xmx}). */
  public static TokenCacheSize defaultForThisHeap() {
    return defaultFor(Runtime.getRuntime().maxMemory());
  }

  /** How many times a token of this length counts against the size. */
  static int weight(String token) {
    return 1 + Math.max(0, token.length() - 1) / UNIT_CHARACTERS;
  }
}
