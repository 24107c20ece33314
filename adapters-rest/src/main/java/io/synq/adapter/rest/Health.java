package io.synq.adapter.rest;

import java.util.List;

/**
 * The health probes' answers in the MicroProfile Health shape: {@code {"status": "UP", "checks":
 * [{"name": "database", "status": "UP"}]}}. Liveness and start-up have no checks (a process that
 * answers is alive and started); readiness is UP only when every check is.
 */
public final class Health {
  public static final String UP = "UP";
  public static final String DOWN = "DOWN";

  /** One probe's answer. */
  public record Report(String status, List<Check> checks) {
    public Report {
      checks = List.copyOf(checks);
    }

    static Report of(boolean up, List<Check> checks) {
      return new Report(up ? UP : DOWN, checks);
    }

    public boolean up() {
      return UP.equals(status);
    }
  }

  /** One check within a report. */
  public record Check(String name, String status) {}

  private static final Report UP_WITHOUT_CHECKS = new Report(UP, List.of());

  private final List<HealthCheck> readiness;

  public Health(List<HealthCheck> readiness) {
    this.readiness = List.copyOf(readiness);
  }

  public Report live() {
    return UP_WITHOUT_CHECKS;
  }

  public Report started() {
    return UP_WITHOUT_CHECKS;
  }

  public Report ready() {
    List<Check> checks =
        readiness.stream()
            .map(check -> new Check(check.name(), check.up().getAsBoolean() ? UP : DOWN))
            .toList();
    return Report.of(checks.stream().allMatch(check -> UP.equals(check.status())), checks);
  }
}
