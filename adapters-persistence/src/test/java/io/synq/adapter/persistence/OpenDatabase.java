package io.synq.adapter.persistence;

import org.jdbi.v3.core.Jdbi;

/** A test's migrated database, and which kind it is. */
record OpenDatabase(TestDatabase kind, Database database) implements AutoCloseable {
  Jdbi jdbi() {
    return database.jdbi();
  }

  @Override
  public void close() {
    database.close();
  }
}
