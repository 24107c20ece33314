package io.synq.benchmarks;

import io.synq.adapter.auth.TokenRequest;
import io.synq.adapter.persistence.Database;
import io.synq.bootstrap.Config;
import io.synq.bootstrap.Wiring;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * The data of {@code benchmarks/run.sh}, written to the database the server is configured with (the
 * same {@code SYNQ_*} variables): many tokens in one JVM instead of one {@code token} command each,
 * and products by SQL. Prints its results on stdout; logs go to stderr.
 *
 * <pre>
 * java -cp bootstrap/target/synq-server.jar:benchmarks/target/synq-benchmarks-*.jar \
 *     io.synq.benchmarks.Fixtures tokens TENANT ORG ROLE COUNT      # COUNT distinct tokens
 * ... io.synq.benchmarks.Fixtures products TENANT ORG COUNT DEPTH   # seeds COUNT products
 * </pre>
 *
 * {@code products} prints the id of its first product, the cursor of the page that starts DEPTH
 * rows into the listing, and a viewer token of the organization (subject {@code bench-reader},
 * never one of those {@code tokens} prints).
 */
public final class Fixtures {
  private static final String USAGE =
      "usage: Fixtures tokens TENANT ORG ROLE COUNT | products TENANT ORG COUNT DEPTH";

  private Fixtures() {}

  public static void main(String[] args) {
    Config config = Config.fromProcess();
    if (args.length == 5 && args[0].equals("tokens")) {
      printTokens(config, args[1], args[2], args[3], positive(args[4]));
    } else if (args.length == 5 && args[0].equals("products")) {
      seedProducts(config, args[1], args[2], positive(args[3]), positive(args[4]));
    } else {
      System.err.println(USAGE);
      System.exit(2);
    }
  }

  private static void printTokens(
      Config config, String tenant, String organization, String role, int count) {
    List<String> tokens;
    try (Wiring wiring = Wiring.open(config, Clock.systemUTC())) {
      tokens =
          TokenMinter.distinct(
              wiring.embeddedIssuer().orElseThrow(), tenant, organization, role, count);
    }
    try (BufferedWriter out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII))) {
      for (String token : tokens) {
        out.write(token);
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void seedProducts(
      Config config, String tenant, String organization, int count, int depth) {
    if (depth >= count) {
      throw new IllegalArgumentException("DEPTH must be below COUNT");
    }
    Config.DatabaseConfig db = config.database();
    try (Wiring wiring = Wiring.open(config, Clock.systemUTC());
        Database database = Database.open(db.url(), db.user(), db.password(), 2)) {
      ProductSeeder seeder = new ProductSeeder(database.jdbi(), tenant, organization);
      seeder.seed(count);
      PrintStream out = System.out;
      out.println(seeder.idAt(0));
      out.println(seeder.cursorAt(depth));
      out.println(
          wiring
              .embeddedIssuer()
              .orElseThrow()
              .mint(
                  new TokenRequest(
                      "bench-reader", tenant, organization, "viewer", TokenRequest.MAX_TTL)));
    }
  }

  private static int positive(String number) {
    int value = Integer.parseInt(number);
    if (value < 1) {
      throw new IllegalArgumentException(USAGE);
    }
    return value;
  }
}
