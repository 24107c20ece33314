package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Over real sockets: the standalone server serves the dashboard beside the API. */
class DashboardServingTest {
  /** Stands for the API: answers every path but the root. */
  @Path("/{path: .+}")
  public static final class Api {
    @GET
    public String any(@PathParam("path") String path) {
      return "api:" + path;
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static StandaloneServer server;

  @BeforeAll
  static void start() {
    server =
        StandaloneServer.start(
            "127.0.0.1",
            0,
            new Application() {
              @Override
              public Set<Class<?>> getClasses() {
                return Set.of(Api.class);
              }
            });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/dashboard"})
  void the_root_and_the_bare_mount_send_a_person_to_the_dashboard(String path) throws Exception {
    HttpResponse<String> response = send(get(path));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).contains("/dashboard/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dashboard/", "/dashboard/settings/organization/api-credentials"})
  void a_view_loads_the_page_uncached_with_its_security_headers(String path) throws Exception {
    HttpResponse<String> response = send(get(path));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(response.body()).contains("/dashboard/assets/app.js");
  }

  @Test
  void an_asset_is_served_as_it_is_and_may_be_cached() throws Exception {
    HttpResponse<String> response = send(get("/dashboard/assets/app.js"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("text/javascript; charset=utf-8");
    assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=300");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dashboard/assets/missing.js",
        "/dashboard/assets/%2e%2e/index.html",
        "/dashboard/a.b"
      })
  void an_unknown_file_is_404_in_json(String path) throws Exception {
    HttpResponse<String> response = send(get(path));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).startsWith("{\"error\": \"Not Found: ");
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void the_dashboard_only_reads() throws Exception {
    HttpResponse<String> response =
        send(get("/dashboard/").POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD");
  }

  @Test
  void every_other_path_is_the_apis() throws Exception {
    assertThat(send(get("/dashboardx")).body()).isEqualTo("api:dashboardx");
    assertThat(send(get("/api/v1/products")).body()).isEqualTo("api:api/v1/products");
  }
}
