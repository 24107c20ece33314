package io.synq.adapter.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a response of the running API against the operation the served OpenAPI document declares
 * for it: its status must be documented, and its JSON body must match that status's schema. The
 * contracts run every response they receive through it, so a renamed field or an undocumented
 * status fails the build on each container.
 */
public final class OpenApiConformance {
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForInlineApiSpecification(
              new String(new OpenApiResource().document(), UTF_8))
          .withLevelResolver(
              LevelResolver.create()
                  // An operation the API does not have (an unknown path, or a method a path does
                  // not take) has nothing in the document to check; the contracts check its 401,
                  // 403, 404 or 405 themselves.
                  .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                  .withLevel(
                      "validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                  .build())
          // The API tells /health/live from /health/live/, so the document does too.
          .withStrictOperationPathMatching()
          .build();

  private OpenApiConformance() {}

  /** Fails unless the response is one the document declares for its request. */
  public static void assertDocumented(URI base, HttpResponse<String> response) {
    String path = "/" + base.relativize(response.request().uri()).getPath();
    String method = response.request().method();
    assertThat(
            violations(
                method, path, response.statusCode(), response.headers().map(), response.body()))
        .as(
            "%s %s answered %d, which the OpenAPI document does not describe; the body was%n%s",
            method, path, response.statusCode(), response.body())
        .isEmpty();
  }

  /** What the document says is wrong with a response, if anything. */
  static List<String> violations(
      String method, String path, int status, Map<String, List<String>> headers, String body) {
    Optional<Request.Method> known =
        Arrays.stream(Request.Method.values())
            .filter(candidate -> candidate.name().equals(method))
            .findFirst();
    if (known.isEmpty()) {
      return List.of(); // a method HTTP does not define, such as BREW, which no document declares
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(body);
    headers.forEach(response::withHeader);
    return VALIDATOR.validateResponse(path, known.get(), response.build()).getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .map(message -> message.getKey() + ": " + message.getMessage())
        .toList();
  }
}
