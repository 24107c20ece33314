package io.synq.adapter.rest.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import io.synq.domain.DomainException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Reads and writes our JSON bodies with one strictly configured mapper, in whichever container: a
 * body must be exactly one JSON object of the expected shape, with no unknown or repeated field,
 * nothing after it, and strings where strings are expected (no coercion of numbers or booleans).
 *
 * <p>It reads only {@code application/json} and {@code application/*+json} (such as merge-patch),
 * and the resources declare no {@code @Consumes}: a body of another type, or of none, is then
 * refused with 415 when it is read, after the permission filters. A {@code @Consumes} would have
 * the container refuse it while matching the request, before them: 415 instead of 403 to a caller
 * without the permission.
 */
final class JsonBodyProvider extends JacksonJsonProvider {
  JsonBodyProvider() {
    super(strictMapper());
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return isJson(mediaType) && super.isReadable(type, genericType, annotations, mediaType);
  }

  /** Compared exactly rather than with {@code isCompatible}, which would let a wildcard through. */
  private static boolean isJson(MediaType mediaType) {
    return mediaType != null
        && "application".equalsIgnoreCase(mediaType.getType())
        && ("json".equalsIgnoreCase(mediaType.getSubtype())
            || mediaType.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
  }

  /**
   * An empty body and a literal {@code null} both read as null; no resource can use that.
   *
   * @throws DomainException {@code INVALID} for them
   */
  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    Object body =
        super.readFrom(type, genericType, annotations, mediaType, httpHeaders, entityStream);
    if (body == null) {
      throw DomainException.invalid("request body must be a JSON object");
    }
    return body;
  }

  static JsonMapper strictMapper() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }
}
