package io.synq.application.testing;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.out.AttemptCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link AttemptCounter} in memory, for tests: atomic per key, unbounded, and it forgets a
 * window only when the key is next counted after the window's end.
 */
public final class InMemoryAttemptCounter implements AttemptCounter {
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public InMemoryAttemptCounter(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Optional<Duration> count(String key, int limit, Duration window) {
    Instant now = clock.instant();
    boolean[] refused = {false};
    Window counted =
        windows.compute(
            key,
            (k, current) -> {
              if (current == null || !now.isBefore(current.endsAt())) {
                return new Window(now.plus(window), 1);
              }
              refused[0] = current.count() >= limit;
              return refused[0] ? current : new Window(current.endsAt(), current.count() + 1);
            });
    return refused[0] ? Optional.of(Duration.between(now, counted.endsAt())) : Optional.empty();
  }

  @Override
  public void giveBack(String key) {
    windows.computeIfPresent(
        key,
        (k, current) ->
            current.count() <= 1 ? null : new Window(current.endsAt(), current.count() - 1));
  }

  @Override
  public void reset(String key) {
    windows.remove(key);
  }

  /** The keys counted so far, for tests that check what a store is given. */
  public Set<String> keys() {
    return Set.copyOf(windows.keySet());
  }

  private record Window(Instant endsAt, int count) {}
}
