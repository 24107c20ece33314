package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cleartext HTTP/2, off by default, for those who turn it on. */
class CleartextHttp2Test {
  @Test
  void when_configured_the_server_takes_up_the_h2c_upgrade() throws Exception {
    Config config =
        Config.fromVariables(
            Map.of(
                "SYNQ_DB_URL",
                "jdbc:h2:mem:h2c-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "SYNQ_HTTP_CLEARTEXT_HTTP2",
                "true"));
    try (Wiring wiring = Wiring.open(config, Clock.systemUTC());
        StandaloneServer server =
            StandaloneServer.start("127.0.0.1", 0, wiring.restApplication(), config.httpLimits())) {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest live =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health/live"))
              .timeout(Duration.ofSeconds(10))
              .build();

      HttpResponse<String> first = client.send(live, HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> second = client.send(live, HttpResponse.BodyHandlers.ofString());

      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(second.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(second.statusCode()).isEqualTo(200);
    }
  }
}
