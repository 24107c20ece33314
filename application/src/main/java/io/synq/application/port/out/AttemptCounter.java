package io.synq.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts attempts per key in fixed windows: a key's window opens at its first attempt and lasts the
 * given duration; once it ends, the key starts afresh. Keys are opaque strings (the callers hash
 * what they count), so a store never learns what it counts. A store may forget windows to bound its
 * memory, and should forget the least used first.
 */
public interface AttemptCounter {
  /**
   * Counts an attempt against the key, atomically: of many concurrent callers, no more than {@code
   * limit} are counted per window.
   *
   * @return empty when counted; when the key has already used up its limit, how long is left of its
   *     window, and the attempt is not counted
   */
  Optional<Duration> count(String key, int limit, Duration window);

  /** Gives back one attempt counted in the key's current window, if there is one. */
  void giveBack(String key);

  /** Forgets the key's window, so its next attempt opens a new one. */
  void reset(String key);
}
