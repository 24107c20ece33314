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
  /** Tens of thousands of live tokens, each reused for up to its hour. */
  public static final TokenCacheSize DEFAULT = new TokenCacheSize(50_000);

  /** Every token is verified in full, every time. */
  public static final TokenCacheSize NONE = new TokenCacheSize(0);

  /** The length of token that counts once. */
  static final int UNIT_CHARACTERS = 1024;

  public TokenCacheSize {
    if (tokens < 0) {
      throw new IllegalArgumentException("the token cache size must not be negative");
    }
  }

  /** How many times a token of this length counts against the size. */
  static int weight(String token) {
    return 1 + Math.max(0, token.length() - 1) / UNIT_CHARACTERS;
  }
}
