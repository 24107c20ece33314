package io.synq.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenTest {
  @Test
  void no_header_offers_no_credentials() {
    assertThat(BearerToken.from(null)).isEmpty();
    assertThat(BearerToken.from(List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearerabc", "", "Digest a=b"})
  void another_scheme_offers_no_bearer_credentials(String header) {
    assertThat(BearerToken.from(List.of(header))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer abc", "bearer abc", "BEARER   abc", " Bearer abc "})
  void the_scheme_is_case_insensitive_and_spaces_may_repeat(String header) {
    assertThat(BearerToken.from(List.of(header))).contains("abc");
  }

  @Test
  void a_token_may_use_every_b64token_character() {
    String token = "AZaz09-._~+/==";

    assertThat(BearerToken.from(List.of("Bearer " + token))).contains(token);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Bearer", "Bearer a b", "Bearer a=b", "Bearer =", "Bearer a,b", "Bearer\ta"})
  void malformed_bearer_credentials_are_unauthenticated(String header) {
    assertThatThrownBy(() -> BearerToken.from(List.of(header)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAUTHENTICATED));
  }

  @Test
  void two_headers_are_unauthenticated_even_when_both_hold_a_token() {
    assertThatThrownBy(() -> BearerToken.from(List.of("Bearer a", "Bearer a")))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNAUTHENTICATED));
  }
}
