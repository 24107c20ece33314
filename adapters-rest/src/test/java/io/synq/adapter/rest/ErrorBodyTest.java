package io.synq.adapter.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {
  @Test
  void lays_the_body_out_as_the_documentation_shows_it() {
    assertThat(json(ErrorBody.of(Status.FORBIDDEN, "Missing tenantid claim")))
        .isEqualTo("{\"error\": \"Forbidden: Missing tenantid claim\"}");
  }

  @Test
  void escapes_what_json_requires() {
    assertThat(json(ErrorBody.of(Status.BAD_REQUEST, "a \"b\" \\ \n\u0001 é")))
        .isEqualTo("{\"error\": \"Bad Request: a \\\"b\\\" \\\\ \\n\\u0001 é\"}");
  }

  @Test
  void names_the_standard_reason_phrase_of_a_code() {
    assertThat(json(ErrorBody.of(431, "too large")))
        .isEqualTo("{\"error\": \"Request Header Fields Too Large: too large\"}");
  }

  @Test
  void refuses_a_code_without_a_standard_phrase() {
    assertThatThrownBy(() -> ErrorBody.of(299, "odd")).isInstanceOf(IllegalArgumentException.class);
  }

  private static String json(ErrorBody body) {
    return new String(body.toJson(), UTF_8);
  }
}
