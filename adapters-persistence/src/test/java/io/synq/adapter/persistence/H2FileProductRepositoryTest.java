package io.synq.adapter.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class H2FileProductRepositoryTest extends JdbiProductRepositoryContract {
  @TempDir static Path directory;

  @RegisterExtension
  static final DatabaseExtension DATABASE =
      new DatabaseExtension(() -> DatabaseTarget.h2File(directory));

  @Override
  protected DatabaseExtension database() {
    return DATABASE;
  }
}
