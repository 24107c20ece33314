package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.synq.adapter.persistence.Database;
import io.synq.adapter.persistence.JdbiProductRepository;
import io.synq.adapter.rest.HealthCheck;
import io.synq.adapter.rest.RestPorts;
import io.synq.adapter.rest.SynqRestApplication;
import io.synq.application.SynqCore;
import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.CreateProductUseCase;
import io.synq.application.port.out.ProductRepository;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.testing.InMemoryProductRepository;
import io.synq.application.testing.InMemoryTokenVerifier;
import io.synq.domain.access.Caller;
import io.synq.domain.product.Money;
import io.synq.domain.product.Product;
import io.synq.domain.product.ProductDetails;
import io.synq.domain.product.ProductName;
import io.synq.domain.product.Sku;
import io.synq.domain.tenancy.OrgScope;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The README's code examples, compiled and run here: each lies between {@code // readme: name} and
 * {@code // end readme} and must appear in the README as written, so that neither drifts.
 */
class ReadmeExamplesTest {
  private static final Path SOURCE =
      Path.of("src/test/java/io/synq/bootstrap/ReadmeExamplesTest.java");
  private static final Pattern EXAMPLE =
      Pattern.compile("// readme: ([a-z-]+)\\n(.*?)\\n\\s*// end readme", Pattern.DOTALL);

  static Application embedding(
      Database database, TokenVerifier tokenVerifier, MeterRegistry meterRegistry) {
    // readme: embedding
    ProductRepository products = new JdbiProductRepository(database.jdbi()); // or your own
    SynqCore core = SynqCore.builder(products, tokenVerifier, Clock.systemUTC()).build();
    RestPorts ports =
        new RestPorts(
            core, // the use cases, through the application's front door
            List.of(new HealthCheck("database", database::isReady)), // for /health/ready
            Optional.empty(), // no issuer documents: tokens come from your issuer
            URI.create("https://api.example.com"), // Location headers are built from it
            Database::isUnreachable, // these failures answer 503, not 500
            meterRegistry); // yours; see Operating Synq

    Application app = new SynqRestApplication(ports); // deploy as a whole application
    // end readme
    return app;
  }

  static Product domainTesting() {
    // readme: domain-testing
    var tokens = new InMemoryTokenVerifier();
    var core = SynqCore.builder(new InMemoryProductRepository(), tokens, Clock.systemUTC()).build();

    Caller admin =
        core.authenticate()
            .authenticate(
                new AuthenticateUseCase.Query(tokens.issue("alice", "acme", "sales", "admin")));
    Product p =
        core.createProduct()
            .create(
                new CreateProductUseCase.Command(
                    admin,
                    new ProductDetails(
                        new Sku("TSHIRT-M"),
                        new ProductName("T-shirt"),
                        Optional.empty(),
                        Money.parse("19.99", "EUR"))));
    // end readme
    return p;
  }

  @Test
  void every_example_appears_in_the_readme_as_written() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    Matcher examples = EXAMPLE.matcher(Files.readString(SOURCE));
    int found = 0;
    while (examples.find()) {
      found++;
      assertThat(readme).as(examples.group(1)).contains(unindented(examples.group(2)));
    }
    assertThat(found).isEqualTo(2);
  }

  @Test
  void the_embedding_example_serves_the_api_over_a_real_database() throws Exception {
    InMemoryTokenVerifier tokens = new InMemoryTokenVerifier();
    try (Database database = Database.open("jdbc:h2:mem:readme", "sa", "", 2)) {
      HttpServer server =
          GrizzlyHttpServerFactory.createHttpServer(
              URI.create("http://127.0.0.1:0/"),
              ResourceConfig.forApplication(
                  embedding(database, tokens, new SimpleMeterRegistry())));
      try {
        URI products =
            URI.create(
                "http://127.0.0.1:"
                    + server.getListeners().iterator().next().getPort()
                    + "/api/v1/products");
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> anonymous =
            client.send(HttpRequest.newBuilder(products).build(), BodyHandlers.ofString());
        HttpResponse<String> signedIn =
            client.send(
                HttpRequest.newBuilder(products)
                    .header(
                        "Authorization",
                        "Bearer " + tokens.issue("alice", "acme", "sales", "viewer"))
                    .build(),
                BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"items\":[]");
      } finally {
        server.shutdownNow();
      }
    }
  }

  @Test
  void the_domain_testing_example_creates_the_product_for_the_callers_organization() {
    Product product = domainTesting();

    assertThat(product.scope()).isEqualTo(OrgScope.of("acme", "sales"));
    assertThat(product.sku()).isEqualTo(new Sku("TSHIRT-M"));
    assertThat(product.details().price()).isEqualTo(Money.parse("19.99", "EUR"));
  }

  private static String unindented(String block) {
    List<String> lines = block.lines().toList();
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(line -> line.isBlank() ? "" : line.substring(indent))
        .collect(Collectors.joining("\n"));
  }
}
