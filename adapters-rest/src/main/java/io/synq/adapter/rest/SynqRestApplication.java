package io.synq.adapter.rest;

import io.synq.adapter.rest.http.SynqComponents;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The Synq API as a JAX-RS application: hand it to any JAX-RS 4 container, for example Jersey's
 * {@code ResourceConfig.forApplication(new SynqRestApplication(ports))} or RESTEasy's {@code
 * UndertowJaxrsServer.deploy(new SynqRestApplication(ports))}.
 */
public final class SynqRestApplication extends Application {
  /** The largest request body the API reads; a larger one is answered with 413. */
  public static final long MAX_BODY_BYTES = 1024 * 1024;

  private final Set<Object> components;

  public SynqRestApplication(RestPorts ports) {
    this.components = SynqComponents.of(ports);
  }

  /**
   * Deprecated in JAX-RS 4 in favour of CDI, but still the one portable way to hand a container
   * objects built by plain constructors, which is how our composition root works.
   */
  @Override
  @SuppressWarnings("deprecation")
  public Set<Object> getSingletons() {
    return components;
  }

  @Override
  public Map<String, Object> getProperties() {
    return SynqComponents.PROPERTIES;
  }
}
