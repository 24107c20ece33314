package io.synq.adapter.rest.http;

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
import java.io.OutputStream;
import java.util.regex.Pattern;

/**
 * Answers 413 to request bodies over the limit: up front when the Content-Length says so, and by
 * counting while the body is read otherwise (chunked), so that no more than the limit is ever read.
 * It runs after authorization: an unauthorized caller gets 403 whatever the size of its body.
 */
@Priority(Priorities.ENTITY_CODER)
final class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {
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
    LimitedInputStream limited =
        new LimitedInputStream(
            context.getInputStream(), maxBytes, () -> new WebApplicationException(tooLarge()));
    context.setInputStream(limited);
    try {
      return context.proceed();
    } catch (IOException | RuntimeException e) {
      // A reader may wrap the overflow in its own failure (Jackson does while reading a field), or
      // give up before it (a name longer than Jackson allows): whether the body was too large all
      // the same decides between 413 and the reader's own answer.
      if (limited.exceeded() || exceedsLimitWhenDrained(limited)) {
        throw new WebApplicationException(tooLarge());
      }
      throw e;
    }
  }

  /** Reads what is left, at most one byte past the limit. */
  private static boolean exceedsLimitWhenDrained(LimitedInputStream body) {
    try {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      // over the limit, or unreadable: either way no more to learn
    }
    return body.exceeded();
  }

  private Response tooLarge() {
    return ErrorResponses.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "request bodies are limited to " + maxBytes + " bytes");
  }
}
