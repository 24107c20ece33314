package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import java.util.function.BooleanSupplier;

/**
 * One dependency readiness waits for, by the name the probes report it under.
 *
 * @param up whether it answers now; should return false rather than throw, and answer promptly
 */
public record HealthCheck(String name, BooleanSupplier up) {
  public HealthCheck {
    requireNonNull(name, "name");
    requireNonNull(up, "up");
  }
}
