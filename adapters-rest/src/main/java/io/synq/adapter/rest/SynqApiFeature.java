package io.synq.adapter.rest;

import static java.util.Objects.requireNonNull;

import io.synq.adapter.rest.http.SynqComponents;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The Synq API as a feature, for an existing application to register alongside its own resources.
 * It registers the same components as {@link SynqRestApplication}. JAX-RS guarantees only providers
 * registered through a feature; Jersey accepts resources too, other containers may not: there, add
 * {@code new SynqRestApplication(ports).getSingletons()} to your application.
 */
public final class SynqApiFeature implements Feature {
  private final RestPorts ports;

  public SynqApiFeature(RestPorts ports) {
    this.ports = requireNonNull(ports, "ports");
  }

  @Override
  public boolean configure(FeatureContext context) {
    SynqComponents.PROPERTIES.forEach(context::property);
    SynqComponents.of(ports).forEach(context::register);
    return true;
  }
}
