package io.synq.bootstrap;

import java.io.IOException;
import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.io.NIOInputStream;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Hands a request to the application only once its body has arrived, so that no worker thread waits
 * on a slow client: the body is read without blocking, into memory, up to one byte more than the
 * application reads (a larger one is handed over as soon as that much is in, and answered 413
 * there). A request whose {@link RequestDeadlines deadline} passes first never reaches it.
 */
final class WholeBodyFirst extends HttpHandler {
  private final HttpHandler application;
  private final RequestDeadlines deadlines;
  private final int bufferedBodyBytes;

  WholeBodyFirst(HttpHandler application, RequestDeadlines deadlines, long maxBodyBytes) {
    super(application.getName());
    this.application = application;
    this.deadlines = deadlines;
    this.bufferedBodyBytes = Math.toIntExact(maxBodyBytes + 1);
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    NIOInputStream body = request.getNIOInputStream();
    // A declared length over the limit is refused before the body is sent.
    if (body.isFinished() || request.getContentLengthLong() >= bufferedBodyBytes) {
      handOver(request, response);
      return;
    }
    response.suspend();
    request.setAttribute(SuspendedByBodyFirst.PROPERTY, Boolean.TRUE);
    body.notifyAvailable(
        new ReadHandler() {
          @Override
          public void onDataAvailable() throws Exception {
            handOver(request, response); // more is in than the application reads
          }

          @Override
          public void onAllDataRead() throws Exception {
            handOver(request, response);
          }

          @Override
          public void onError(Throwable t) {
            if (deadlines.received(request.getContext().getConnection())) {
              unreadable(response);
            }
          }
        },
        bufferedBodyBytes);
  }

  /** Jersey's response writer resumes a suspended response when it commits. */
  private void handOver(Request request, Response response) throws Exception {
    if (deadlines.received(request.getContext().getConnection())) {
      application.service(request, response);
    }
  }

  private static void unreadable(Response response) {
    try {
      response.setHeader("Connection", "close");
      JsonErrorResponse.write(response, 400, "the request body could not be read");
    } catch (IOException | RuntimeException e) {
      // the client is gone: nothing to tell it
    } finally {
      if (response.isSuspended()) {
        response.resume();
      }
    }
  }

  @Override
  public void start() {
    application.start();
  }

  @Override
  public void destroy() {
    application.destroy();
  }
}
