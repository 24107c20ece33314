package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenCacheSizeTest {
  private static final long MIB = 1024 * 1024;

  @Test
  void the_default_is_fifty_thousand_tokens_on_a_large_heap() {
    assertThat(TokenCacheSize.defaultFor(1024 * MIB).tokens()).isEqualTo(50_000);
    assertThat(TokenCacheSize.defaultFor(64 * 1024 * MIB).tokens()).isEqualTo(50_000);
  }

  @Test
  void on_a_small_heap_the_full_default_cache_fills_at_most_an_eighth_of_it() {
    TokenCacheSize size = TokenCacheSize.defaultFor(128 * MIB);

    assertThat(size.tokens()).isEqualTo(6_553);
    assertThat((long) size.tokens() * TokenCacheSize.BYTES_PER_TOKEN).isLessThanOrEqualTo(16 * MIB);
  }

  @Test
  void even_a_tiny_heap_remembers_a_token() {
    assertThat(TokenCacheSize.defaultFor(1).tokens()).isEqualTo(1);
  }

  @Test
  void a_token_counts_once_per_started_kib() {
    assertThat(TokenCacheSize.weight("x".repeat(1024))).isEqualTo(1);
    assertThat(TokenCacheSize.weight("x".repeat(1025))).isEqualTo(2);
  }

  @Test
  void a_negative_size_is_refused_and_zero_is_not() {
    assertThatThrownBy(() -> new TokenCacheSize(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new TokenCacheSize(0).tokens()).isZero();
  }
}
