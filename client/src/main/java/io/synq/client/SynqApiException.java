package io.synq.client;

/**
 * The Synq API answered with an error status. {@link #error()} is the server's {@code error} text,
 * such as {@code "Not Found: no such product"}; 401, 403 and 429 have their own subclasses.
 */
public class SynqApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  public SynqApiException(int status, String error) {
    super("HTTP " + status + ": " + error);
    this.status = status;
    this.error = error;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The server's {@code error} text, or {@code "HTTP <status>"} when the body had none. */
  public String error() {
    return error;
  }
}
