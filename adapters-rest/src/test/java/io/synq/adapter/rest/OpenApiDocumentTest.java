package io.synq.adapter.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.synq.adapter.rest.http.PublicEndpoints;
import io.synq.adapter.rest.http.RequiresPermission;
import io.synq.adapter.rest.http.SynqComponents;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the hand-written OpenAPI document true to the resources, both ways. */
class OpenApiDocumentTest {
  private static final SwaggerParseResult PARSED = parse();
  private static final OpenAPI DOCUMENT = PARSED.getOpenAPI();

  /** An operation as HTTP sees it. */
  private record Endpoint(String method, String path) {}

  @Test
  void is_a_valid_openapi_3_document() {
    assertThat(PARSED.getMessages()).isEmpty();
    assertThat(DOCUMENT.getOpenapi()).startsWith("3.");
    assertThat(DOCUMENT.getComponents().getSecuritySchemes()).containsOnlyKeys("bearerAuth");
  }

  @Test
  void declares_exactly_the_operations_of_the_resources() {
    assertThat(documented().keySet()).containsExactlyInAnyOrderElementsOf(implemented().keySet());
  }

  @Test
  void leaves_open_exactly_the_public_endpoints_of_the_filter() {
    Set<Endpoint> open =
        documented().entrySet().stream()
            .filter(e -> e.getValue().getSecurity() != null && e.getValue().getSecurity().isEmpty())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());

    assertThat(open)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(
                    PublicEndpoints.READS.stream().map(path -> new Endpoint(HttpMethod.GET, path)),
                    PublicEndpoints.SIGN_IN_POSTS.stream()
                        .map(path -> new Endpoint(HttpMethod.POST, path)))
                .toList());
    assertThat(open).allMatch(e -> PublicEndpoints.isPublic(e.method(), e.path()));
  }

  @Test
  void every_resource_method_is_either_public_or_requires_a_permission() {
    implemented()
        .forEach(
            (endpoint, method) ->
                assertThat(method.isAnnotationPresent(RequiresPermission.class))
                    .as("%s", endpoint)
                    .isNotEqualTo(PublicEndpoints.isPublic(endpoint.method(), endpoint.path())));
  }

  @Test
  void documents_the_errors_each_kind_of_operation_can_return() {
    documented()
        .forEach(
            (endpoint, operation) -> {
              Set<String> statuses = operation.getResponses().keySet();
              assertThat(statuses).as("%s", endpoint).contains("500");
              if (!PublicEndpoints.isPublic(endpoint.method(), endpoint.path())) {
                assertThat(statuses).as("%s", endpoint).contains("401", "403", "406");
              }
              if (operation.getRequestBody() != null) {
                assertThat(statuses).as("%s", endpoint).contains("400", "413", "415");
              }
              if (endpoint.path().endsWith("{id}") || isAccountPath(endpoint.path())) {
                assertThat(statuses).as("%s", endpoint).contains("404");
              }
              if (endpoint.path().startsWith("/api/v1/")) {
                assertThat(statuses).as("%s", endpoint).contains("503"); // needs the database
              }
              if (endpoint.path().equals("/api/v1/auth/login")) {
                assertThat(statuses).as("%s", endpoint).contains("401", "429");
              }
            });
  }

  /** Absent, hence 404, when tokens come from an external issuer. */
  private static boolean isAccountPath(String path) {
    return path.startsWith("/api/v1/auth/") || path.startsWith("/api/v1/users");
  }

  private static Map<Endpoint, Operation> documented() {
    Map<Endpoint, Operation> operations = new HashMap<>();
    DOCUMENT
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) ->
                            operations.put(new Endpoint(method.name(), path), operation)));
    return operations;
  }

  /** Read from the resources the application really registers. */
  private static Map<Endpoint, Method> implemented() {
    Map<Endpoint, Method> methods = new HashMap<>();
    SynqComponents.of(new InMemoryApi().portsWithIssuer()).stream()
        .map(Object::getClass)
        .filter(type -> type.isAnnotationPresent(Path.class))
        .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
        .filter(method -> Modifier.isPublic(method.getModifiers()))
        .forEach(
            method ->
                httpMethod(method)
                    .ifPresent(verb -> methods.put(new Endpoint(verb, path(method)), method)));
    assertThat(methods).isNotEmpty();
    return methods;
  }

  private static Optional<String> httpMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
        .filter(verb -> verb != null)
        .map(HttpMethod::value)
        .findFirst();
  }

  private static String path(Method method) {
    return Stream.of(
            method.getDeclaringClass().getAnnotation(Path.class), method.getAnnotation(Path.class))
        .filter(path -> path != null)
        .map(path -> path.value().replaceAll("^/+|/+$", ""))
        .collect(Collectors.joining("/", "/", ""));
  }

  private static SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    String json = new String(new OpenApiResource().document(), UTF_8);
    return new OpenAPIV3Parser().readContents(json, null, options);
  }
}
