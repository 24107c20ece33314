package io.synq.adapter.rest;

import jakarta.ws.rs.core.Application;
import java.net.URI;

/** One JAX-RS container serving an application on a free port of 127.0.0.1. */
interface TestContainer {
  /**
   * @return the root of the application
   */
  URI start(Application application);

  void stop();
}
