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
  void loadsThePublishedKeys() throws Exception {
    jwks.publish(TestKeys.PRIMARY, TestKeys.SECONDARY);

    assertThat(loader.load().size()).isEqualTo(2);
  }

  @Test
  void failsADocumentOverTheSizeCap() {
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
  void failsWhenTheBodyNeverComesAfterTheHeaders() {
    jwks.stallAfterHeaders();

    assertTimeoutPreemptively(
        BOUND, () -> assertThatThrownBy(loader::load).isInstanceOf(HttpTimeoutException.class));
  }

  @Test
  void cutsABodyTrickledSlowlyAtTheDeadline() {
    jwks.trickle();

    assertTimeoutPreemptively(
        BOUND, () -> assertThatThrownBy(loader::load).isInstanceOf(HttpTimeoutException.class));
    Eventually.holds("the connection is closed", () -> jwks.holding() == 0);
  }

  @Test
  void failsAnAnswerOtherThan200WithoutReadingIt() {
    jwks.answer(503, "unavailable");

    assertThatThrownBy(loader::load).isInstanceOf(IOException.class).hasMessageContaining("503");
  }
}
