package io.synq.adapter.rest;

import static io.synq.adapter.rest.RawHttp.assertError;
import static io.synq.adapter.rest.RawHttp.authorized;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API registered as a feature into an application of its own, with an external issuer (no
 * discovery documents). The full contract runs on {@link SynqRestApplication}; this checks that the
 * feature brings every part along.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JerseyFeatureEmbeddingTest {
  private final InMemoryApi api = new InMemoryApi();
  private HttpServer server;
  private RawHttp http;

  /** A resource of the host application. */
  @Path("/host")
  public static final class HostResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
      return "hello";
    }
  }

  @BeforeAll
  void startServer() {
    ResourceConfig host =
        new ResourceConfig()
            .register(new HostResource())
            .register(new SynqApiFeature(api.portsWithExternalIssuer()));
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), host);
    http =
        new RawHttp(
            URI.create(
                "http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/"));
  }

  @AfterAll
  void stopServer() {
    server.shutdownNow();
  }

  @Test
  void brings_resources_filters_json_and_mappers() {
    String viewer = api.tokens.issue("v", "t", "o", "viewer");
    String editor = api.tokens.issue("e", "t", "o", "editor");

    assertThat(http.send(http.request("/health/live")).statusCode()).isEqualTo(200);
    assertError(http.send(http.request("/api/v1/products")), 401);
    assertThat(http.send(authorized(http.request("/api/v1/products"), viewer)).statusCode())
        .isEqualTo(200);
    assertError(post(viewer, "{}"), 403);
    assertThat(assertError(post(editor, "{\"sku\": 1}"), 400)).contains("sku");
    assertError(post(editor, "x".repeat((int) SynqRestApplication.MAX_BODY_BYTES + 1)), 413);
    assertError(http.send(authorized(http.request("/api/v1/nothing"), viewer)), 404);
  }

  @Test
  void without_an_embedded_issuer_the_discovery_documents_are_404() {
    assertThat(assertError(http.send(http.request("/.well-known/jwks.json")), 404))
        .isEqualTo("Not Found: no resource at this path");
    assertError(http.send(http.request("/.well-known/openid-configuration")), 404);
  }

  @Test
  void the_host_application_sits_behind_the_same_bearer_authentication() {
    String token = api.tokens.issue("host-user", "t", "o", "viewer");

    assertError(http.send(http.request("/host")), 401);
    HttpResponse<String> response = http.send(authorized(http.request("/host"), token));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("hello");
  }

  private HttpResponse<String> post(String token, String body) {
    return http.send(
        authorized(http.request("/api/v1/products"), token)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
  }
}
