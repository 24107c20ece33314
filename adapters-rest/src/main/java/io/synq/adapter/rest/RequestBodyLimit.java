package io.synq.adapter.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Answers 413 to request bodies over the limit: up front when the Content-Length says so, and by
 * counting while the body is read otherwise (chunked), so that no more than the limit is ever read.
 * It runs after authorization: an unauthorized caller gets 403 whatever the size of its body.
 */
@Priority(Priorities.ENTITY_CODER)
final class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {
  static final long ONE_MIB = 1024 * 1024;
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final int MAX_LONG_DIGITS = 18;

  private final long maxBytes;

  RequestBodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && exceedsLimit(declared.strip())) {
      request.abortWith(tooLarge());
    }
  }

  /** Compares as text first: a declared length may not even fit in a long. */
  private boolean exceedsLimit(String declared) {
    return DIGITS.matcher(declared).matches()
        && (declared.length() > MAX_LONG_DIGITS || Long.parseLong(declared) > maxBytes);
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    // Thrown from within a reader, an exception that carries its response reaches the client as it
    // is in every container. (From a filter, RESTEasy would hand it to our exception mapper.)
    context.setInputStream(
        new LimitedInputStream(
            context.getInputStream(), maxBytes, () -> new WebApplicationException(tooLarge())));
    return context.proceed();
  }

  private Response tooLarge() {
    return ErrorResponses.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "request bodies are limited to " + maxBytes + " bytes");
  }
}
