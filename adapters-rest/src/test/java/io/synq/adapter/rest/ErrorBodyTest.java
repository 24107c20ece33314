package io.synq.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {
  @Test
  void lays_the_body_out_as_the_documentation_shows_it() {
    assertThat(ErrorResponses.body(Status.FORBIDDEN, "Missing tenantid claim"))
        .isEqualTo("{\"error\": \"Forbidden: Missing tenantid claim\"}");
  }

  @Test
  void escapes_what_json_requires() {
    assertThat(ErrorResponses.body(Status.BAD_REQUEST, "a \"b\" \\ \n\u0001 é"))
        .isEqualTo("{\"error\": \"Bad Request: a \\\"b\\\" \\\\ \\n\\u0001 é\"}");
  }
}
