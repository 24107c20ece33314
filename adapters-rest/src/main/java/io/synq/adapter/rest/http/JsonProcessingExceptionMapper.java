package io.synq.adapter.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a request body that is not the JSON we expect into a 400 naming the field at fault.
 * Jackson's own messages are not shown: they name our Java classes and quote the body. Any other
 * Jackson failure (a response that cannot be written, a type we cannot bind) is ours, hence
 * unexpected.
 */
final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
  private final UnexpectedExceptionMapper unexpected;

  JsonProcessingExceptionMapper(UnexpectedExceptionMapper unexpected) {
    this.unexpected = unexpected;
  }

  @Override
  public Response toResponse(JsonProcessingException e) {
    Optional<StreamReadException> malformed = malformedInput(e);
    if (malformed.isPresent()) {
      return badRequest(malformedJson(malformed.get()));
    }
    if (e instanceof StreamConstraintsException) {
      return badRequest("a name, string or number in the JSON body is too long");
    }
    if (e instanceof MismatchedInputException mismatch) {
      return badRequest(mismatch(mismatch));
    }
    return unexpected.toResponse(e);
  }

  /** Also when reading a record's fields, where databind wraps the parser's failure. */
  private static Optional<StreamReadException> malformedInput(JsonProcessingException e) {
    if (e instanceof StreamReadException malformed) {
      return Optional.of(malformed);
    }
    return e instanceof JsonMappingException && e.getCause() instanceof StreamReadException cause
        ? Optional.of(cause)
        : Optional.empty();
  }

  private static Response badRequest(String detail) {
    return ErrorResponses.of(Response.Status.BAD_REQUEST, detail);
  }

  /**
   * Where, but not what: Jackson's parser messages quote the offending text, such as {@code
   * Unrecognized token 'hunter2'}, which may be a password. Only a repeated field is named.
   */
  private static String malformedJson(StreamReadException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return "malformed JSON" + where + duplicateField(e).map(problem -> ": " + problem).orElse("");
  }

  /** The message of {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}, naming the field. */
  private static Optional<String> duplicateField(StreamReadException e) {
    JsonParser parser = e.getProcessor();
    String field = parser == null ? null : parser.getParsingContext().getCurrentName();
    return field != null && ("Duplicate field '" + field + "'").equals(e.getOriginalMessage())
        ? Optional.of("duplicate field '" + field + "'")
        : Optional.empty();
  }

  private static String mismatch(MismatchedInputException e) {
    String field = path(e);
    if (field.isEmpty()) {
      return "request body must be a single JSON object";
    }
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown field '" + field + "'";
    }
    return "field '" + field + "' must be " + expected(e.getTargetType());
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    return type != null && type.isRecord() ? "an object" : "of another type";
  }

  /** The dotted path of the field, such as {@code price.amount}. */
  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(
            reference ->
                reference.getFieldName() != null
                    ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
