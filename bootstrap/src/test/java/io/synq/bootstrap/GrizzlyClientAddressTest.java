package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.adapter.rest.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Over real sockets: who the standalone server takes a client to be, for sign-in throttling. */
class GrizzlyClientAddressTest {
  /**
   * Answers with the client address the server gave the request: {@code /echo} takes the address as
   * sign-in does, {@code /echo/other} does not.
   */
  @Path("/echo")
  @Priority(Priorities.USER)
  public static final class ClientAddressEcho implements ContainerRequestFilter {
    @GET
    public String takesTheAddress(@HeaderParam(ClientAddress.HEADER) String address) {
      return "not reached";
    }

    @GET
    @Path("other")
    public String other() {
      return "not reached";
    }

    @Override
    public void filter(ContainerRequestContext request) {
      request.abortWith(
          Response.ok(String.valueOf(request.getProperty(ClientAddress.PROPERTY))).build());
    }
  }

  private static final Application ECHO =
      new Application() {
        @Override
        @SuppressWarnings("deprecation")
        public Set<Object> getSingletons() {
          return Set.of(new ClientAddressEcho());
        }
      };

  private static String clientAddressSeen(Application application, String... forwardedFor)
      throws IOException, InterruptedException {
    return clientAddressSeenAt("/echo", application, forwardedFor);
  }

  private static String clientAddressSeenAt(
      String path, Application application, String... forwardedFor)
      throws IOException, InterruptedException {
    try (StandaloneServer server = StandaloneServer.start("127.0.0.1", 0, application)) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
      for (String header : forwardedFor) {
        request.header("X-Forwarded-For", header);
      }
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    }
  }

  @Test
  void by_default_the_client_is_the_peer_whatever_x_forwarded_for_says() throws Exception {
    assertThat(clientAddressSeen(ECHO, "203.0.113.9")).isEqualTo("127.0.0.1");
    assertThat(clientAddressSeen(TrustedProxies.NONE.around(ECHO), "203.0.113.9"))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void behind_a_trusted_proxy_the_client_is_the_address_it_forwarded() throws Exception {
    Application behindProxy = TrustedProxies.parse("127.0.0.1").around(ECHO);

    assertThat(clientAddressSeen(behindProxy, "6.6.6.6, 203.0.113.9")).isEqualTo("203.0.113.9");
    assertThat(clientAddressSeen(behindProxy)).isEqualTo("127.0.0.1");
  }

  @Test
  void a_proxy_that_is_not_trusted_is_the_client_itself() throws Exception {
    Application behindOtherProxy = TrustedProxies.parse("10.0.0.1").around(ECHO);

    assertThat(clientAddressSeen(behindOtherProxy, "203.0.113.9")).isEqualTo("127.0.0.1");
  }

  @Test
  void a_request_whose_method_does_not_take_the_address_is_not_given_one() throws Exception {
    assertThat(clientAddressSeenAt("/echo/other", ECHO)).isEqualTo("null");
  }
}
