package io.synq.adapter.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3 description of the whole API, a hand-written document kept true by a test. */
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public final class OpenApiResource {
  /**
   * Beside this class rather than at the root, where another jar's openapi.json could shadow it.
   */
  static final String DOCUMENT = "openapi.json";

  private final byte[] document;

  public OpenApiResource() {
    this.document = load();
  }

  @GET
  public byte[] document() {
    return document.clone();
  }

  private static byte[] load() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
