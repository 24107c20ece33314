package io.synq.bootstrap;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpServerFilter;

/**
 * Watches the raw bytes in front of the HTTP codec, which sees each of them exactly once: the first
 * bytes of a request start its {@link RequestDeadlines deadline}, and a request line or header line
 * that is not HTTP ({@link RequestHeadSyntax}) is answered 400 in the API's JSON shape at once.
 */
final class RequestHeadGuard extends BaseFilter {
  /** Grizzly's own record of the request being parsed on a connection, shared by name. */
  private static final Attribute<Object> REQUEST_IN_PROCESS =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(
          HttpServerFilter.HTTP_SERVER_REQUEST_ATTR_NAME);

  private static final Attribute<RequestHeadSyntax> HEAD_SYNTAX =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(RequestHeadSyntax.class.getName());

  private static final RawErrorResponse MALFORMED =
      new RawErrorResponse(Response.Status.BAD_REQUEST, StrictHttpCodec.NOT_HTTP);

  private final RequestDeadlines deadlines;

  RequestHeadGuard(RequestDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    Connection<?> connection = ctx.getConnection();
    if (REQUEST_IN_PROCESS.get(connection) == null) {
      deadlines.started(connection);
      HEAD_SYNTAX.set(connection, new RequestHeadSyntax());
    }
    RequestHeadSyntax syntax = HEAD_SYNTAX.get(connection);
    if (syntax != null && ctx.getMessage() instanceof Buffer bytes) {
      if (!wellFormed(syntax, bytes)) {
        HEAD_SYNTAX.remove(connection);
        deadlines.closed(connection);
        MALFORMED.sendAndClose(connection);
        return ctx.getStopAction();
      }
      if (syntax.complete()) {
        HEAD_SYNTAX.remove(connection); // the body is not looked at
      }
    }
    return ctx.getInvokeAction();
  }

  @Override
  public NextAction handleClose(FilterChainContext ctx) throws IOException {
    deadlines.closed(ctx.getConnection());
    return ctx.getInvokeAction();
  }

  /** Reads up to the end of the head; a heap buffer (the usual kind) through its array. */
  private static boolean wellFormed(RequestHeadSyntax syntax, Buffer bytes) {
    if (bytes.hasArray()) {
      byte[] array = bytes.array();
      int offset = bytes.arrayOffset();
      for (int i = offset + bytes.position(); i < offset + bytes.limit(); i++) {
        if (!syntax.accept(array[i])) {
          return false;
        }
        if (syntax.complete()) {
          return true;
        }
      }
      return true;
    }
    for (int i = bytes.position(); i < bytes.limit() && !syntax.complete(); i++) {
      if (!syntax.accept(bytes.get(i))) {
        return false;
      }
    }
    return true;
  }
}
