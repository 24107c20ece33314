package io.synq.adapter.persistence;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Opens one database before a test class runs and closes it afterwards. */
final class DatabaseExtension implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<DatabaseTarget> target;
  private Database database;

  DatabaseExtension(Supplier<DatabaseTarget> target) {
    this.target = target;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    database = target.get().open();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    database.close();
  }

  Jdbi jdbi() {
    return database.jdbi();
  }
}
