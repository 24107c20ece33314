package io.synq.adapter.rest;

import io.undertow.Undertow;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/** RESTEasy on its embedded Undertow server. */
final class ResteasyContainer implements TestContainer {
  private final PortReportingServer server = new PortReportingServer();

  @Override
  public URI start(Application application) {
    server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
    server.deploy(application);
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  @Override
  public void stop() {
    server.stop();
  }

  /** UndertowJaxrsServer keeps its Undertow to itself; the bound port is needed for port 0. */
  private static final class PortReportingServer extends UndertowJaxrsServer {
    int port() {
      return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }
  }
}
