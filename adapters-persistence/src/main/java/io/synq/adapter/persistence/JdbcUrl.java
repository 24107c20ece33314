package io.synq.adapter.persistence;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JDBC URL of a supported database: H2 or PostgreSQL. Its string form stops before the first
 * parameter, since parameters may carry credentials, so it is safe to log and to show.
 */
record JdbcUrl(String value) {
  private static final String H2 = "jdbc:h2:";
  private static final String POSTGRESQL = "jdbc:postgresql:";
  private static final String H2_FILE = "file:";

  /** An H2 prefix that is not a plain local file: mem:, tcp:, ssl:, zip:, nio:, split: ... */
  private static final Pattern OTHER_H2_KIND = Pattern.compile("^[A-Za-z][A-Za-z0-9]+:");

  JdbcUrl {
    requireNonNull(value, "database URL");
    if (!isSupported(value)) {
      throw new IllegalArgumentException(
          "Unsupported database URL "
              + scheme(value)
              + ": only "
              + H2
              + " and "
              + POSTGRESQL
              + " URLs are supported");
    }
  }

  static boolean isSupported(String value) {
    return value.startsWith(H2) || value.startsWith(POSTGRESQL);
  }

  boolean isH2() {
    return value.startsWith(H2);
  }

  /**
   * The path of an H2 file database without its {@code .mv.db} suffix ({@code ./data/synq} for
   * {@code jdbc:h2:file:./data/synq;AUTO_SERVER=TRUE}); empty for in-memory, remote and other H2
   * file systems, and for PostgreSQL. {@code ~} stands for the user's home, as H2 reads it.
   */
  Optional<Path> h2File() {
    if (!isH2()) {
      return Optional.empty();
    }
    String name = value.substring(H2.length()).split(";", 2)[0];
    if (name.startsWith(H2_FILE)) {
      name = name.substring(H2_FILE.length());
    } else if (OTHER_H2_KIND.matcher(name).find()) {
      return Optional.empty();
    }
    if (name.isEmpty() || OTHER_H2_KIND.matcher(name).find()) {
      return Optional.empty();
    }
    if (name.equals("~") || name.startsWith("~/")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    return Optional.of(Path.of(name));
  }

  @Override
  public String toString() {
    return value.split("[;?]", 2)[0];
  }

  /** "jdbc:vendor:" of an unsupported URL: all of it we may repeat without leaking a secret. */
  private static String scheme(String value) {
    String[] parts = value.split(":", 3);
    return parts.length == 3 && parts[0].equals("jdbc")
        ? "jdbc:" + parts[1] + ":..."
        : "(not a jdbc: URL)";
  }
}
