package io.synq.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On a server of its own: the server throttles every sign-in from an address that failed often. */
class SignInThrottleTest {
  private static SynqTestServer server;

  @BeforeAll
  static void start() {
    server = SynqTestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void repeated_failures_are_throttled_with_a_retry_after() {
    String email = "nobody-" + UUID.randomUUID() + "@example.com";
    SynqApiException last = null;
    for (int attempt = 0; attempt < 30 && !(last instanceof SynqThrottledException); attempt++) {
      last =
          catchThrowableOfType(
              SynqApiException.class,
              () -> SynqClient.builder(server.uri()).signIn(email, "guess").build());
    }

    assertThat(last)
        .isInstanceOfSatisfying(
            SynqThrottledException.class,
            e ->
                assertThat(e.retryAfter())
                    .hasValueSatisfying(wait -> assertThat(wait).isPositive()));
  }
}
