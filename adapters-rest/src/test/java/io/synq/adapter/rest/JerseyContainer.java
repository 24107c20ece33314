package io.synq.adapter.rest;

import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey on Grizzly, as the standalone server runs it. */
final class JerseyContainer implements TestContainer {
  private HttpServer server;

  @Override
  public URI start(Application application) {
    server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"), ResourceConfig.forApplication(application));
    return URI.create(
        "http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
  }

  @Override
  public void stop() {
    server.shutdownNow();
  }
}
