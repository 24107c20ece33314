package io.synq.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.synq.adapter.rest.ErrorBody;
import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.memory.Buffers;

/**
 * An error answered on the connection itself, before any request object exists (the request is too
 * slow or not HTTP), in the API's JSON shape; the connection then closes.
 */
final class RawErrorResponse {
  private final byte[] bytes;

  RawErrorResponse(Response.Status status, String detail) {
    byte[] body = ErrorBody.of(status.getStatusCode(), detail).toJson();
    byte[] head =
        ("HTTP/1.1 "
                + status.getStatusCode()
                + " "
                + status.getReasonPhrase()
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(UTF_8);
    this.bytes = new byte[head.length + body.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(body, 0, bytes, head.length, body.length);
  }

  void sendAndClose(Connection<?> connection) {
    connection.write(Buffers.wrap(connection.getMemoryManager(), bytes));
    connection.close(); // gracefully: after the response is written
  }
}
