package io.synq.application.testing;

import io.synq.application.port.out.AttemptCounter;
import java.time.Clock;

class InMemoryAttemptCounterTest extends AttemptCounterContract {
  @Override
  protected AttemptCounter counter(Clock clock) {
    return new InMemoryAttemptCounter(clock);
  }
}
