package io.synq.adapter.rest.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives the container's own rejections (404, 405, 406, 415 ...) our JSON body. The detail is ours
 * rather than the container's message, which differs between containers and may quote internals.
 * Headers such as {@code Allow} are kept; a 5xx is treated as unexpected.
 */
final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  private static final Map<Integer, String> DETAILS =
      Map.of(
          Status.BAD_REQUEST.getStatusCode(), "the request is malformed",
          Status.NOT_FOUND.getStatusCode(), "no resource at this path",
          Status.METHOD_NOT_ALLOWED.getStatusCode(), "the resource does not support this method",
          Status.NOT_ACCEPTABLE.getStatusCode(), "the resource only produces application/json",
          Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode(), "send the body as application/json");
  private static final Set<String> ENTITY_HEADERS =
      Set.of(
          HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
          HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
          HttpHeaders.CONTENT_ENCODING.toLowerCase(Locale.ROOT));

  private final UnexpectedExceptionMapper unexpected;

  WebApplicationExceptionMapper(UnexpectedExceptionMapper unexpected) {
    this.unexpected = unexpected;
  }

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    if (original.getStatusInfo().getFamily() == Response.Status.Family.SERVER_ERROR) {
      return unexpected.toResponse(e);
    }
    Response.ResponseBuilder response =
        ErrorResponses.builder(
            original.getStatusInfo(),
            DETAILS.getOrDefault(original.getStatus(), "the request was rejected"));
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!ENTITY_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> response.header(name, value));
              }
            });
    return response.build();
  }
}
