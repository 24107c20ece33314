package io.synq.adapter.rest;

/** The body of the health probes. */
record HealthJson(String status) {
  static final HealthJson UP = new HealthJson("UP");
  static final HealthJson DOWN = new HealthJson("DOWN");
}
