package io.synq.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2UserRepositoryTest extends JdbiUserRepositoryContract {
  @RegisterExtension
  static final DatabaseExtension DATABASE = new DatabaseExtension(DatabaseTarget::h2InMemory);

  @Override
  protected DatabaseExtension database() {
    return DATABASE;
  }

  @Test
  void knows_that_no_user_exists_on_a_fresh_database() {
    try (Database fresh = DatabaseTarget.h2InMemory().open()) {
      assertThat(new JdbiUserRepository(fresh.jdbi()).any()).isFalse();
    }
  }
}
