package io.synq.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {
  /** Takes a failure whose message says "down" for a dependency that is not answering. */
  private final UnexpectedExceptionMapper mapper =
      new UnexpectedExceptionMapper(failure -> "down".equals(failure.getMessage()));

  private static String body(Response response) {
    return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
  }

  @Test
  void a_dependency_that_is_not_answering_is_a_503_that_says_when_to_retry() {
    Response response = mapper.toResponse(new IllegalStateException("down"));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(body(response))
        .isEqualTo(
            "{\"error\": \"Service Unavailable: a service this request needs is not answering;"
                + " try again soon\"}");
  }

  @Test
  void anything_else_is_a_500_with_a_reference_and_nothing_of_the_failure() {
    Response response = mapper.toResponse(new IllegalStateException("secret detail"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getHeaderString("Retry-After")).isNull();
    assertThat(body(response))
        .matches("\\{\"error\": \"Internal Server Error: reference [0-9a-f-]{36}\"}")
        .doesNotContain("secret");
  }

  @Test
  void the_reference_of_a_500_is_the_requests_id() {
    RequestIdFilter.CURRENT.set("checkout-42");
    try {
      Response response = mapper.toResponse(new IllegalStateException("bug"));

      assertThat(body(response))
          .isEqualTo("{\"error\": \"Internal Server Error: reference checkout-42\"}");
    } finally {
      RequestIdFilter.CURRENT.remove();
    }
  }
}
