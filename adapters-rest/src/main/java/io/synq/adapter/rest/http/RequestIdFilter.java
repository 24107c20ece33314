package io.synq.adapter.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Gives every request its {@link RequestId} before anything else runs: in the logging MDC (as
 * {@value #MDC_KEY}) for every line logged while it is handled, and as {@code X-Request-Id} on its
 * answer, refusals included. A 500's reference is this id too.
 */
@PreMatching
@Priority(1)
final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String MDC_KEY = "request_id";
  static final String PROPERTY = "io.synq.request-id";

  /**
   * The id of the request this thread handles, for the 500's reference: the MDC holds it too, but
   * only where the logging binding keeps an MDC.
   */
  static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  @Override
  public void filter(ContainerRequestContext request) {
    String id =
        RequestId.of(
            request.getHeaderString(RequestId.HEADER),
            request.getHeaderString(RequestId.TRACEPARENT));
    request.setProperty(PROPERTY, id);
    CURRENT.set(id);
    MDC.put(MDC_KEY, id);
  }

  /** The id of the request this thread is handling, if it is handling one. */
  static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(PROPERTY) instanceof String id) {
      response.getHeaders().putSingle(RequestId.HEADER, id);
    }
    CURRENT.remove();
    MDC.remove(MDC_KEY);
  }
}
