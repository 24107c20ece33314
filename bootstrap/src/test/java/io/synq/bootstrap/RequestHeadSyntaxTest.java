package io.synq.bootstrap;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestHeadSyntaxTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /health/live HTTP/1.1\r\nHost: synq.test\r\n\r\n",
        "GET / HTTP/1.0\n\n",
        "\r\nPOST /api/v1/auth/login?x=1 HTTP/1.1\r\nContent-Length: 2\r\nX-Empty:\r\n\r\n{}",
        "OPTIONS * HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer a.b.c\r\n\r\n",
        "GET /x HTTP/1.1\r\nX-Odd: value with spaces, \"quotes\" and é\r\n\r\nanything after"
      })
  void accepts_a_well_formed_head_and_ignores_what_follows_it(String request) {
    assertThat(feed(request)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET\r\n\r\n",
        "GET  / HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1 \r\n\r\n",
        "GET / HTTQ/1.1\r\n\r\n",
        "GET / HTTP/1\r\n\r\n",
        "G(T / HTTP/1.1\r\n\r\n",
        "GET /x HTTP/1.1\r\nno colon here\r\n\r\n",
        "GET /x HTTP/1.1\r\nHost : a\r\n\r\n",
        "GET /x HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
        "GET /x HTTP/1.1\r\nHost: a\rX: b\r\n\r\n",
        "GET /x HTTP/1.1\r\n: no name\r\n\r\n"
      })
  void refuses_a_malformed_request_line_or_header_line(String request) {
    assertThat(feed(request)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET / HTTP/1.1\r\nHost: a\r\n\r\n", "GET / HTTP/1.0\n\n"})
  void is_complete_at_the_empty_line_that_ends_the_head_and_not_before(String head) {
    RequestHeadSyntax syntax = new RequestHeadSyntax();
    byte[] bytes = head.getBytes(ISO_8859_1);
    for (int i = 0; i < bytes.length; i++) {
      assertThat(syntax.complete()).as("after %d bytes", i).isFalse();
      syntax.accept(bytes[i]);
    }
    assertThat(syntax.complete()).isTrue();
  }

  private static boolean feed(String request) {
    RequestHeadSyntax syntax = new RequestHeadSyntax();
    for (byte b : request.getBytes(ISO_8859_1)) {
      if (!syntax.accept(b)) {
        return false;
      }
    }
    return true;
  }
}
