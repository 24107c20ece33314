package io.synq.adapter.persistence;

import static java.util.Objects.requireNonNull;

/**
 * A JDBC URL of a supported database: H2 or PostgreSQL. Its string form stops before the first
 * parameter, since parameters may carry credentials, so it is safe to log and to show.
 */
record JdbcUrl(String value) {
  private static final String H2 = "jdbc:h2:";
  private static final String POSTGRESQL = "jdbc:postgresql:";

  JdbcUrl {
    requireNonNull(value, "database URL");
    if (!value.startsWith(H2) && !value.startsWith(POSTGRESQL)) {
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

  boolean isH2() {
    return value.startsWith(H2);
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
