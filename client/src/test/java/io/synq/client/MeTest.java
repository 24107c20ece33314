package io.synq.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SynqClient#me()} against the real server. */
class MeTest {
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
  void tells_what_the_server_makes_of_the_token() {
    try (SynqClient synq =
        SynqClient.builder(server.uri()).token(server.mint("acme", "sales", "editor")).build()) {
      Identity me = synq.me();

      assertThat(me.tenantid()).isEqualTo("acme");
      assertThat(me.orgId()).isEqualTo("sales");
      assertThat(me.role()).isEqualTo("editor");
      assertThat(me.subject()).isEqualTo("tester");
      assertThat(me.issuer()).isEqualTo("http://synq.test"); // the server's SYNQ_PUBLIC_URL
      assertThat(me.expiresAt()).isAfter(Instant.now());
    }
  }

  @Test
  void a_token_the_server_refuses_is_unauthorized() {
    try (SynqClient synq = SynqClient.builder(server.uri()).token("not-a-token").build()) {
      assertThatThrownBy(synq::me).isInstanceOf(SynqUnauthorizedException.class);
    }
  }
}
