package io.synq.bootstrap;

import io.synq.dashboard.Dashboard;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Sends a person who opens the server's root to the dashboard (303); every other request goes to
 * the API as it would without it.
 */
final class HomeRedirect extends HttpHandler {
  private final HttpHandler api;

  HomeRedirect(HttpHandler api) {
    super(api.getName());
    this.api = api;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    boolean read = request.getMethod() == Method.GET || request.getMethod() == Method.HEAD;
    if (read && "/".equals(request.getRequestURI())) {
      toTheDashboard(response);
      return;
    }
    api.service(request, response);
  }

  /** 303 to {@link Dashboard#MOUNT}, the one place a person is sent there from. */
  static void toTheDashboard(Response response) {
    response.setStatus(303);
    response.setHeader("Location", Dashboard.MOUNT);
    response.setContentLength(0);
  }

  @Override
  public void start() {
    api.start();
  }

  @Override
  public void destroy() {
    api.destroy();
  }
}
