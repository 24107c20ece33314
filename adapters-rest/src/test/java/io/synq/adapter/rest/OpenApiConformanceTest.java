package io.synq.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check the contracts put every response through finds what drifts from the document. */
class OpenApiConformanceTest {
  private static final Map<String, List<String>> JSON =
      Map.of("Content-Type", List.of("application/json"));
  private static final String PRODUCT =
      """
      {"id": "01a23ad9-2206-736c-a986-ddbcd56229d4", "sku": "A-1", "name": "Pen",
       "description": null, "price": {"amount": "1.50", "currency": "EUR"},
       "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
       "version": 1}
      """;

  @Test
  void accepts_a_response_as_documented() {
    assertThat(violations(200, PRODUCT)).isEmpty();
  }

  @Test
  void refuses_a_renamed_field() {
    assertThat(violations(200, PRODUCT.replace("\"sku\"", "\"stock_keeping_unit\""))).isNotEmpty();
  }

  @Test
  void refuses_a_field_the_document_does_not_name() {
    assertThat(violations(200, PRODUCT.replace("\"version\": 1", "\"version\": 1, \"stock\": 3")))
        .isNotEmpty();
  }

  @Test
  void refuses_a_field_of_the_wrong_type() {
    assertThat(violations(200, PRODUCT.replace("\"version\": 1", "\"version\": \"1\"")))
        .isNotEmpty();
  }

  @Test
  void refuses_an_error_body_of_another_shape() {
    assertThat(violations(404, "{\"message\": \"Not Found\"}")).isNotEmpty();
  }

  @Test
  void refuses_a_status_the_operation_does_not_document() {
    assertThat(violations(418, "{\"error\": \"I'm a teapot: no\"}")).isNotEmpty();
  }

  @Test
  void leaves_alone_what_the_document_cannot_declare() {
    assertThat(OpenApiConformance.violations("BREW", "/api/v1/products", 405, JSON, "{}"))
        .isEmpty();
    assertThat(OpenApiConformance.violations("GET", "/api/v1/no-such-thing", 404, JSON, "{}"))
        .isEmpty();
  }

  private static List<String> violations(int status, String body) {
    return OpenApiConformance.violations(
        "GET", "/api/v1/products/01a23ad9-2206-736c-a986-ddbcd56229d4", status, JSON, body);
  }
}
