package io.synq.bootstrap;

import io.synq.adapter.auth.EmbeddedIssuer;
import io.synq.adapter.auth.TokenRequest;
import io.synq.domain.access.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Mints a token from the embedded issuer, for local use, on the server's database. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Prints an ID token signed by the embedded issuer as the last line of stdout.",
      "Reads the same configuration as the server; works while the server runs."
    })
final class TokenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--tenant", required = true, description = "tenantid claim")
  String tenant;

  @Option(names = "--org", required = true, description = "org_id claim")
  String organization;

  @Option(names = "--role", required = true, description = "role claim: viewer, editor or admin")
  String role;

  @Option(
      names = "--subject",
      defaultValue = "local-user",
      description = "sub claim (default: ${DEFAULT-VALUE})")
  String subject;

  @Option(
      names = "--ttl",
      defaultValue = "3600",
      description = "lifetime in seconds, 1 to 3600 (default: ${DEFAULT-VALUE})")
  long ttlSeconds;

  @Override
  public Integer call() {
    Config config = Config.fromProcess();
    if (!config.auth().embedded()) {
      throw new ConfigurationException(
          "SYNQ_AUTH_JWKS_URI is set: tokens come from the external issuer, not from this server");
    }
    if (Role.fromClaim(role).isEmpty()) {
      throw new IllegalArgumentException("--role must be viewer, editor or admin");
    }
    TokenRequest request =
        new TokenRequest(subject, tenant, organization, role, Duration.ofSeconds(ttlSeconds));
    try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
      EmbeddedIssuer issuer = wiring.embeddedIssuer().orElseThrow();
      spec.commandLine().getOut().println(issuer.mint(request));
    }
    return 0;
  }
}
