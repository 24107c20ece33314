package io.synq.bootstrap;

import io.synq.dashboard.Dashboard;
import io.synq.dashboard.DashboardFile;
import java.io.IOException;
import java.util.Optional;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Serves the {@link Dashboard} on Grizzly under {@link Dashboard#MOUNT}, next to the API and
 * outside it: its files are public, and the API's authentication never sees these paths.
 */
final class DashboardHandler extends HttpHandler {
  /** The mount without its trailing slash, as Grizzly names a context path. */
  static final String CONTEXT_PATH = Dashboard.MOUNT.substring(0, Dashboard.MOUNT.length() - 1);

  private final Dashboard dashboard = new Dashboard();

  @Override
  public void service(Request request, Response response) throws IOException {
    Dashboard.SECURITY_HEADERS.forEach(response::setHeader);
    if (request.getMethod() != Method.GET && request.getMethod() != Method.HEAD) {
      response.setHeader("Allow", "GET, HEAD");
      JsonErrorResponse.write(response, 405, "the dashboard only answers GET and HEAD");
      return;
    }
    String below = request.getRequestURI().substring(CONTEXT_PATH.length());
    if (below.isEmpty()) {
      HomeRedirect.toTheDashboard(response);
      return;
    }
    Optional<DashboardFile> file =
        below.startsWith("/") ? dashboard.answer(below.substring(1)) : Optional.empty();
    if (file.isEmpty()) {
      JsonErrorResponse.write(response, 404, "no such page of the dashboard");
      return;
    }
    response.setStatus(200);
    response.setContentType(file.get().contentType());
    response.setHeader("Cache-Control", file.get().cacheControl());
    response.setContentLength(file.get().content().length);
    if (request.getMethod() == Method.GET) {
      response.getOutputStream().write(file.get().content());
    }
  }
}
