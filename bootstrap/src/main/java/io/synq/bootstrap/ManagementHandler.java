package io.synq.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.synq.adapter.rest.Health;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The management listener's answers: {@code GET /metrics} in the Prometheus text format, and the
 * health probes in the same shape as the API's. Anything else is a JSON 404 (or 405).
 */
final class ManagementHandler extends HttpHandler {
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrometheusMeterRegistry registry;
  private final Map<String, Supplier<Health.Report>> probes;

  ManagementHandler(PrometheusMeterRegistry registry, ServerLifecycle lifecycle) {
    this.registry = registry;
    this.probes =
        Map.of(
            "/health/live", lifecycle::live,
            "/health/ready", lifecycle::ready,
            "/health/started", lifecycle::started);
  }

  @Override
  public void service(Request request, Response response) throws IOException {
    String path = request.getRequestURI();
    boolean known = "/metrics".equals(path) || probes.containsKey(path);
    if (!known) {
      error(response, 404, "Not Found");
    } else if (request.getMethod() != Method.GET && request.getMethod() != Method.HEAD) {
      response.setHeader("Allow", "GET, HEAD");
      error(response, 405, "Method Not Allowed");
    } else if ("/metrics".equals(path)) {
      answer(response, 200, PROMETHEUS_TEXT, registry.scrape());
    } else {
      Health.Report report = probes.get(path).get();
      answer(response, report.up() ? 200 : 503, "application/json", json(report));
    }
  }

  private static void error(Response response, int status, String message) throws IOException {
    answer(response, status, "application/json", json(Map.of("error", message)));
  }

  private static void answer(Response response, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(type);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static String json(Object value) throws JsonProcessingException {
    return JSON.writeValueAsString(value);
  }
}
