package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HousekeepingTest {
  @Test
  void runs_every_task_and_adds_up_what_they_deleted() {
    List<String> ran = new ArrayList<>();

    int deleted =
        Housekeeping.runOnce(
            List.of(
                new Housekeeping.Task("tokens", () -> ran.add("tokens") ? 3 : 0),
                new Housekeeping.Task("windows", () -> ran.add("windows") ? 0 : 0),
                new Housekeeping.Task("keys", () -> ran.add("keys") ? 1 : 0)));

    assertThat(deleted).isEqualTo(4);
    assertThat(ran).containsExactly("tokens", "windows", "keys");
  }

  @Test
  void a_failing_task_leaves_the_others_to_run() {
    List<String> ran = new ArrayList<>();

    int deleted =
        Housekeeping.runOnce(
            List.of(
                new Housekeeping.Task(
                    "tokens",
                    () -> {
                      throw new IllegalStateException("database down");
                    }),
                new Housekeeping.Task("keys", () -> ran.add("keys") ? 2 : 0)));

    assertThat(deleted).isEqualTo(2);
    assertThat(ran).containsExactly("keys");
  }
}
