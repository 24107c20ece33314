package io.synq.adapter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every fetch of a JWKS is bounded in size and, headers and body together, in time. */
class JwksLoaderTest {
  private static final Duration DEADLINE = Duration.ofMillis(300);

  /** Well past the deadline, well short of a load that never ends. */
  private static final Duration BOUND = Duration.ofSeconds(3);

  private final JwksServer jwks = JwksServer.start();
  private final JwksLoader loader = new JwksLoader(jwks.uri(), DEADLINE);

  @AfterEach
  void stopServer() {
    jwks.close();
  }

  @Test
  void loads_the_published_keys() throws Exception {
    jwks.publish(TestKeys.PRIMARY, TestKeys.SECONDARY);

    assertThat(loader.load().size()).isEqualTo(2);
  }

  @Test
  void fails_a_document_over_the_size_cap() {
    String bothKeys =
        new JsonWebKeySet(TestKeys.PRIMARY, TestKeys.SECONDARY)
            .toJson(OutputControlLevel.PUBLIC_ONLY);
    String padding = "x".repeat(JwksLoader.MAX_DOCUMENT_BYTES);
    jwks.answer(200, "{\"padding\": \"" + padding + "\", " + bothKeys.substring(1));

    assertThatThrownBy(loader::load)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exceeds " + JwksLoader.MAX_DOCUMENT_BYTES + " bytes");
  }

  @Test
  void fails_when_the_body_never_comes_after_the_headers() {
    jwks.stallAfterHeaders();

    assertTimeoutPreemptively(
        BOUND, () -> assertThatThrownBy(loader::load).isInstanceOf(HttpTimeoutException.class));
  }

  @Test
  void cuts_a_body_trickled_slowly_at_the_deadline() {
    jwks.trickle();

    assertTimeoutPreemptively(
        BOUND, () -> assertThatThrownBy(loader::load).isInstanceOf(HttpTimeoutException.class));
    Eventually.holds("the connection is closed", () -> jwks.holding() == 0);
  }

  @Test
  void fails_an_answer_other_than_200_without_reading_it() {
    jwks.answer(503, "unavailable");

    assertThatThrownBy(loader::load).isInstanceOf(IOException.class).hasMessageContaining("503");
  }
}
