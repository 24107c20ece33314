package io.synq.bootstrap;

import io.synq.application.port.in.ProvisionAdminUseCase;
import io.synq.domain.account.Email;
import io.synq.domain.account.Password;
import io.synq.domain.account.User;
import io.synq.domain.tenancy.OrgScope;
import java.io.Console;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates an organization's first administrator, who can then sign in and add users. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Creates an administrator. The password comes from SYNQ_ADMIN_PASSWORD or, without it,",
      "from a prompt. Reads the same configuration as the server; works while the server runs."
    })
final class AdminCreateCommand implements Callable<Integer> {
  static final String PASSWORD_VARIABLE = "SYNQ_ADMIN_PASSWORD";

  @Spec CommandSpec spec;

  @Option(names = "--tenant", required = true, description = "tenant of the administrator")
  String tenant;

  @Option(names = "--org", required = true, description = "organization of the administrator")
  String organization;

  @Option(names = "--email", required = true, description = "sign-in email")
  String email;

  @Override
  public Integer call() {
    Config config = Config.fromProcess();
    String password = password();
    try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
      User admin =
          wiring
              .provisionAdmin()
              .provision(
                  new ProvisionAdminUseCase.Command(
                      OrgScope.of(tenant, organization), new Email(email), new Password(password)));
      spec.commandLine()
          .getOut()
          .printf(
              "Created administrator %s (%s) in tenant %s, organization %s%n",
              admin.email(), admin.id(), tenant, organization);
    }
    return 0;
  }

  private static String password() {
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment;
    }
    Console console = System.console();
    if (console == null) {
      throw new ConfigurationException(
          PASSWORD_VARIABLE + " is not set and there is no terminal to ask for the password");
    }
    char[] first = console.readPassword("Password for the new administrator: ");
    char[] second = console.readPassword("Repeat the password: ");
    try {
      if (first == null || !Arrays.equals(first, second)) {
        throw new ConfigurationException("the passwords do not match");
      }
      return new String(first);
    } finally {
      if (first != null) {
        Arrays.fill(first, ' ');
      }
      if (second != null) {
        Arrays.fill(second, ' ');
      }
    }
  }
}
