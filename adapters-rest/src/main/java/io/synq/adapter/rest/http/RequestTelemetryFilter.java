package io.synq.adapter.rest.http;

import static java.util.Objects.requireNonNull;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Measures and logs each request, once it is answered: the {@code http.server.requests} timer by
 * route template, and one line on the {@value #ACCESS_LOGGER} logger with its method, route, path
 * (never the query, which may hold a cursor), status, duration, response bytes and, when
 * authenticated, the caller's tenant, organization and subject. The request id is in the MDC.
 *
 * <p>A response with a body is measured once the body is written, to count its bytes.
 */
@PreMatching
@Priority(2) // right after RequestIdFilter
final class RequestTelemetryFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String ACCESS_LOGGER = "synq.access";
  private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);

  private static final String STARTED = "io.synq.started-nanos";
  private static final String ANSWERED = "io.synq.answered";

  /** Any other method is labelled {@code other}, so that a client cannot invent label values. */
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /** What is known of a request once its status is. */
  private record Answer(
      long startedNanos,
      String method,
      String route,
      String path,
      int status,
      CallerPrincipal caller,
      String requestId) {}

  private final ApiMetrics metrics;
  private final Routes routes;

  /**
   * @param routes names requests refused before they were matched (a 401 on a protected path)
   */
  RequestTelemetryFilter(ApiMetrics metrics, Routes routes) {
    this.metrics = requireNonNull(metrics, "metrics");
    this.routes = requireNonNull(routes, "routes");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return; // refused before our filters ran
    }
    // Only the log needs the path, and building the request's URI is not free.
    String path = ACCESS.isInfoEnabled() ? request.getUriInfo().getRequestUri().getRawPath() : null;
    Answer answer =
        new Answer(
            started,
            request.getMethod(),
            route(request, response.getStatus()),
            path,
            response.getStatus(),
            request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal caller
                ? caller
                : null,
            request.getProperty(RequestIdFilter.PROPERTY) instanceof String id ? id : null);
    if (response.hasEntity() && !HttpMethod.HEAD.equals(request.getMethod())) {
      request.setProperty(ANSWERED, answer);
    } else {
      complete(answer, 0);
    }
  }

  /**
   * The part that counts a body's bytes, registered on its own: RESTEasy does not take a filter
   * instance for an interceptor too.
   */
  WriterInterceptor bodyCounter() {
    return new BodyCounter();
  }

  private final class BodyCounter implements WriterInterceptor {
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
      if (!(context.getProperty(ANSWERED) instanceof Answer answer)) {
        context.proceed();
        return;
      }
      context.removeProperty(ANSWERED);
      CountingStream body = new CountingStream(context.getOutputStream());
      context.setOutputStream(body);
      try {
        context.proceed();
      } finally {
        complete(answer, body.count);
      }
    }
  }

  private String route(ContainerRequestContext request, int status) {
    if (request.getProperty(RouteTemplateFeature.PROPERTY) instanceof String template) {
      return template;
    }
    List<Routes.Route> known = routes.matching(request.getUriInfo().getPath());
    if (!known.isEmpty()) {
      return known.get(0).template();
    }
    return status == 404 ? "NOT_FOUND" : "UNMATCHED";
  }

  private void complete(Answer answer, long bytes) {
    long nanos = System.nanoTime() - answer.startedNanos();
    String method = METHODS.contains(answer.method()) ? answer.method() : "other";
    metrics.request(method, answer.route(), answer.status(), nanos);
    if (ACCESS.isInfoEnabled()) {
      log(answer, method, nanos, bytes);
    }
  }

  private static void log(Answer answer, String method, long nanos, long bytes) {
    String durationMs = String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    LoggingEventBuilder line =
        ACCESS
            .atInfo()
            .addKeyValue("method", method)
            .addKeyValue("route", answer.route())
            .addKeyValue("path", answer.path())
            .addKeyValue("status", answer.status())
            .addKeyValue("duration_ms", durationMs)
            .addKeyValue("bytes", bytes);
    if (answer.caller() != null) {
      var caller = answer.caller().caller();
      line =
          line.addKeyValue("tenant", caller.scope().tenant().toString())
              .addKeyValue("org", caller.scope().organization().toString())
              .addKeyValue("subject", caller.subject());
    }
    // The body is written after RequestIdFilter has left the MDC: the line still carries the id.
    boolean restore = answer.requestId() != null && MDC.get(RequestIdFilter.MDC_KEY) == null;
    if (restore) {
      MDC.put(RequestIdFilter.MDC_KEY, answer.requestId());
    }
    try {
      line.log("{} {} {} {} ms", method, answer.path(), answer.status(), durationMs);
    } finally {
      if (restore) {
        MDC.remove(RequestIdFilter.MDC_KEY);
      }
    }
  }

  /** Counts what passes through; closing it closes the container's stream, as usual. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
