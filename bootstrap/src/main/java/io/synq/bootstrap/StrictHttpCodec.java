package io.synq.bootstrap;

import io.synq.adapter.rest.ErrorBody;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Grizzly's HTTP/1.1 codec, stricter where the API promises more:
 *
 * <ul>
 *   <li>a request whose framing is ambiguous ({@code Content-Length} with {@code
 *       Transfer-Encoding}, or two different lengths), the classic request-smuggling vector, is 400
 *       and its connection closes;
 *   <li>headers over the limit are {@code 431}, a malformed request line or header {@code 400} (see
 *       {@link RequestHeadSyntax}), both in the API's JSON shape (Grizzly answers them with an
 *       empty body, or waits);
 *   <li>{@code Upgrade: h2c} is ignored unless cleartext HTTP/2 is configured, and the request is
 *       answered in HTTP/1.1 (Grizzly alone would treat its body as the new protocol's and never
 *       end it);
 * </ul>
 */
final class StrictHttpCodec extends HttpServerFilter {
  static final String NOT_HTTP = "the request is not well-formed HTTP/1.1";

  /** Grizzly's messages for a request line or header block over {@code maxHeaderBytes}. */
  private static final String TOO_LARGE = "too large";

  private final boolean cleartextHttp2;

  // Grizzly 4.0.2 deprecates every HttpServerFilter constructor for builders it has not shipped.
  @SuppressWarnings("deprecation")
  StrictHttpCodec(NetworkListener listener, HttpServerFilter replaced, boolean cleartextHttp2) {
    super(
        listener.isChunkingEnabled(),
        listener.getMaxHttpHeaderSize(),
        null,
        listener.getKeepAlive(),
        null,
        listener.getMaxRequestHeaders(),
        listener.getMaxResponseHeaders());
    for (var encoding : replaced.getContentEncodings()) {
      addContentEncoding(encoding);
    }
    setAllowPayloadForUndefinedHttpMethods(replaced.isAllowPayloadForUndefinedHttpMethods());
    setMaxPayloadRemainderToSkip(replaced.getMaxPayloadRemainderToSkip());
    getMonitoringConfig().addProbes(replaced.getMonitoringConfig().getProbes());
    this.cleartextHttp2 = cleartextHttp2;
  }

  @Override
  protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader httpHeader) {
    if (cleartextHttp2) {
      super.onIncomingUpgrade(ctx, httpHeader);
      return;
    }
    // No protocol switch is offered: the request stays plain HTTP/1.1.
    httpHeader.getUpgradeDC().recycle();
    httpHeader.getHeaders().removeHeader(Header.Upgrade);
    httpHeader.getHeaders().removeHeader("HTTP2-Settings");
  }

  /**
   * @return true, as Grizzly asks, for a request to refuse with 400 and a closed connection
   */
  @Override
  protected boolean onHttpHeaderParsed(
      HttpHeader httpHeader, Buffer buffer, FilterChainContext ctx) {
    return ambiguouslyFramed(httpHeader.getHeaders())
        || super.onHttpHeaderParsed(httpHeader, buffer, ctx);
  }

  private static boolean ambiguouslyFramed(MimeHeaders headers) {
    int lengths = 0;
    String length = null;
    for (String value : headers.values(Header.ContentLength)) {
      lengths++;
      if (length != null && !length.trim().equals(value.trim())) {
        return true;
      }
      length = value;
    }
    return lengths > 0 && headers.getHeader(Header.TransferEncoding) != null;
  }

  @Override
  protected void onHttpHeaderError(HttpHeader httpHeader, FilterChainContext ctx, Throwable t)
      throws IOException {
    if (t != null && t.getMessage() != null && t.getMessage().contains(TOO_LARGE)) {
      HttpResponsePacket response = ((HttpRequestPacket) httpHeader).getResponse();
      response.setStatus(431);
      response.setReasonPhrase("Request Header Fields Too Large");
    }
    super.onHttpHeaderError(httpHeader, ctx, t);
  }

  /** The body of every error Grizzly answers on its own: the API's JSON, then the close. */
  @Override
  protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
    if (Response.Status.fromStatusCode(response.getStatus()) == null) {
      response.setStatus(400);
    }
    int status = response.getStatus();
    String detail =
        status == 431
            ? "the request line and headers are limited to " + maxHeadersSize + " bytes"
            : NOT_HTTP;
    byte[] body = ErrorBody.of(status, detail).toJson();
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.setHeader(Header.Connection, "close");
    return HttpContent.builder(response)
        .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
        .last(true)
        .build();
  }
}
