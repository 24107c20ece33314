package io.synq.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixedTokenTest {
  @Test
  void reads_the_token_from_SYNQ_TOKEN() {
    assertThat(FixedToken.fromEnvironment(Map.of("SYNQ_TOKEN", " eyJ.a.b\n")).token())
        .isEqualTo("eyJ.a.b");
  }

  @Test
  void a_missing_or_blank_variable_is_named_in_the_error() {
    assertThatThrownBy(() -> FixedToken.fromEnvironment(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SYNQ_TOKEN");
    assertThatThrownBy(() -> FixedToken.fromEnvironment(Map.of("SYNQ_TOKEN", " ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SYNQ_TOKEN");
  }

  @Test
  void never_shows_the_token() {
    assertThat(TokenSource.of("secret-token")).asString().doesNotContain("secret-token");
    assertThat(SynqClient.builder(URI.create("http://localhost")).token("secret-token").build())
        .asString()
        .doesNotContain("secret-token");
  }
}
