package io.synq.bootstrap;

import java.net.URI;
import java.util.List;

/**
 * What the server tells a new user at start-up: how to get an account, sign in to the dashboard or
 * from a shell, and make a first call.
 */
final class StartupHints {
  private static final String JAR = "java -jar bootstrap/target/synq-server.jar";

  private final URI publicUrl;

  StartupHints(URI publicUrl) {
    this.publicUrl = publicUrl;
  }

  List<String> firstStart() {
    return List.of(
        "This is a new database without accounts. Create the first administrator with:",
        "  SYNQ_ADMIN_PASSWORD='choose-a-long-password' "
            + JAR
            + " admin create --tenant acme --org sales --email admin@acme.test",
        "then sign in and make a first call:",
        "  " + signIn("admin@acme.test", "choose-a-long-password"),
        "  " + firstCall(),
        "(or restart with --demo for a ready-made demo organization)");
  }

  List<String> demo(DemoData.Credentials credentials) {
    return List.of(
        "Demo organization created: tenant "
            + credentials.tenant()
            + ", organization "
            + credentials.organization(),
        "  admin email: " + credentials.email(),
        "  password:    " + credentials.password(),
        "Open "
            + publicUrl
            + "/ in a browser and sign in: your token is under Settings >"
            + " Organization > API Credentials.",
        "Or sign in and make a first call from a shell:",
        "  " + signIn(credentials.email(), credentials.password()),
        "  " + firstCall());
  }

  private String signIn(String email, String password) {
    return "export SYNQ_TOKEN=$(curl -s -X POST "
        + publicUrl
        + "/api/v1/auth/login -H 'Content-Type: application/json'"
        + " -d '{\"email\": \""
        + email
        + "\", \"password\": \""
        + password
        + "\"}' | sed -E 's/.*\"id_token\": ?\"([^\"]+)\".*/\\1/')";
  }

  private String firstCall() {
    return "curl -s " + publicUrl + "/api/v1/products -H \"Authorization: Bearer $SYNQ_TOKEN\"";
  }
}
