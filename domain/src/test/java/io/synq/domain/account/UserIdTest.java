package io.synq.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.synq.domain.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "x", "1-1-1-1-1", "0190a0b1-c2d3-7e4f-8a9b-0c1d2e3f4a5b0"})
  void rejects_anything_but_a_canonical_uuid_as_invalid(String text) {
    assertThatThrownBy(() -> UserId.parse(text))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    assertThat(UserId.tryParse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void parses_its_canonical_form() {
    UserId id = UserId.random();

    assertThat(UserId.parse(id.toString())).isEqualTo(id);
    assertThat(UserId.tryParse(id.toString())).contains(id);
    assertThat(UserId.tryParse(null)).isEmpty();
  }
}
