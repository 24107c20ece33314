package io.synq.bootstrap;

import io.synq.adapter.auth.EmbeddedIssuer;
import io.synq.adapter.auth.ExternalIssuer;
import io.synq.adapter.persistence.Database;
import io.synq.adapter.persistence.JdbiProductRepository;
import io.synq.adapter.persistence.JdbiSigningKeyStore;
import io.synq.adapter.rest.RestPorts;
import io.synq.adapter.rest.SynqRestApplication;
import io.synq.adapter.rest.WellKnownDocuments;
import io.synq.application.port.out.ProductRepository;
import io.synq.application.port.out.TokenVerifier;
import io.synq.application.service.AuthenticateService;
import io.synq.application.service.CreateProductService;
import io.synq.application.service.DeleteProductService;
import io.synq.application.service.GetProductService;
import io.synq.application.service.ListProductsService;
import io.synq.application.service.UpdateProductService;
import jakarta.ws.rs.core.Application;
import java.time.Clock;
import java.util.Optional;

/** The composition root: which adapter serves which port, built with plain constructors. */
public final class Wiring implements AutoCloseable {
  private final Config config;
  private final Clock clock;
  private final Database database;
  private final Optional<EmbeddedIssuer> embeddedIssuer;

  private Wiring(Config config, Clock clock, Database database) {
    this.config = config;
    this.clock = clock;
    this.database = database;
    this.embeddedIssuer =
        config.auth().embedded() ? Optional.of(openEmbeddedIssuer()) : Optional.empty();
  }

  /** Connects to the database (migrating it) and, in embedded mode, opens the issuer. */
  public static Wiring open(Config config, Clock clock) {
    Config.DatabaseConfig db = config.database();
    Database database = Database.open(db.url(), db.user(), db.password(), db.poolSize());
    try {
      return new Wiring(config, clock, database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  public Application restApplication() {
    ProductRepository products = new JdbiProductRepository(database.jdbi());
    RestPorts ports =
        new RestPorts(
            new AuthenticateService(tokenVerifier()),
            new ListProductsService(products),
            new GetProductService(products),
            new CreateProductService(products, clock),
            new UpdateProductService(products, clock),
            new DeleteProductService(products),
            database::isReady,
            embeddedIssuer.map(this::wellKnownDocuments));
    return new SynqRestApplication(ports);
  }

  /** The embedded issuer, for minting tokens; empty when tokens come from an external issuer. */
  public Optional<EmbeddedIssuer> embeddedIssuer() {
    return embeddedIssuer;
  }

  private TokenVerifier tokenVerifier() {
    Config.AuthConfig auth = config.auth();
    if (auth.embedded()) {
      return embeddedIssuer.orElseThrow().verifier(auth.clockSkew());
    }
    return ExternalIssuer.verifier(
        auth.jwksUri().orElseThrow(), auth.issuer(), auth.audience(), auth.clockSkew(), clock);
  }

  private EmbeddedIssuer openEmbeddedIssuer() {
    return EmbeddedIssuer.open(
        new JdbiSigningKeyStore(database.jdbi()),
        config.auth().issuer(),
        config.auth().audience(),
        clock);
  }

  private WellKnownDocuments wellKnownDocuments(EmbeddedIssuer issuer) {
    String jwksUri = config.publicUrl() + "/.well-known/jwks.json";
    String discovery = issuer.openIdConfigurationJson(jwksUri);
    return new WellKnownDocuments() {
      @Override
      public String jwks() {
        return issuer.jwksJson();
      }

      @Override
      public String openIdConfiguration() {
        return discovery;
      }
    };
  }

  @Override
  public void close() {
    database.close();
  }
}
