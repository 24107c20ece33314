package io.synq.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.application.port.out.UserRepository;
import org.junit.jupiter.api.Test;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
  @Override
  protected UserRepository repository() {
    return new InMemoryUserRepository();
  }

  @Test
  void knows_that_no_user_exists_when_empty() {
    assertThat(new InMemoryUserRepository().any()).isFalse();
  }
}
