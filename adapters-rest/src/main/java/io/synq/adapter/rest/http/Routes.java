package io.synq.adapter.rest.http;

import io.synq.domain.access.Permission;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permission each route of our resources needs, read once from their annotations, so that
 * authorization can run before the container matches a request: a caller without the permission
 * then gets 403 before any 405, 406 or 415 could tell it more about the resource.
 */
final class Routes {
  private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}");

  record Route(
      String template,
      Pattern path,
      String method,
      Permission permission,
      boolean currentAccount) {}

  private final List<Route> routes;

  private Routes(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  static Routes of(Collection<Class<?>> resources) {
    List<Route> routes = new ArrayList<>();
    for (Class<?> resource : resources) {
      Path root = resource.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      boolean currentAccount = resource.isAnnotationPresent(RequiresCurrentAccount.class);
      for (Method method : resource.getMethods()) {
        RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
        String httpMethod = httpMethod(method);
        if (permission != null && httpMethod != null) {
          String template = template(resource, method);
          routes.add(
              new Route(
                  template,
                  pattern(template),
                  httpMethod,
                  permission.value().permission(),
                  currentAccount));
        }
      }
    }
    return new Routes(routes);
  }

  /**
   * The routes whose path matches.
   *
   * @param path relative to the application root, with or without its leading slash
   */
  List<Route> matching(String path) {
    String absolute = path.startsWith("/") ? path : "/" + path;
    return routes.stream().filter(route -> route.path().matcher(absolute).matches()).toList();
  }

  /**
   * A resource method's path template as one string, such as {@code /api/v1/products/{id}}: with a
   * leading slash, without a trailing one.
   */
  static String template(Class<?> resource, Method method) {
    Path root = resource.getAnnotation(Path.class);
    Path sub = method.getAnnotation(Path.class);
    String joined = (root == null ? "" : root.value()) + (sub == null ? "" : "/" + sub.value());
    String normalized = ("/" + joined).replaceAll("/+", "/");
    return normalized.length() > 1 && normalized.endsWith("/")
        ? normalized.substring(0, normalized.length() - 1)
        : normalized;
  }

  private static String httpMethod(Method method) {
    for (var annotation : method.getAnnotations()) {
      HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (designator != null) {
        return designator.value();
      }
    }
    return null;
  }

  /** A template of literal segments and plain {@code {name}} parameters, one segment each. */
  private static Pattern pattern(String template) {
    String normalized = template.equals("/") ? "" : template;
    StringBuilder regex = new StringBuilder();
    Matcher parameter = TEMPLATE_PARAMETER.matcher(normalized);
    int literalStart = 0;
    while (parameter.find()) {
      regex.append(Pattern.quote(normalized.substring(literalStart, parameter.start())));
      regex.append("[^/]+");
      literalStart = parameter.end();
    }
    String rest = normalized.substring(literalStart);
    if (rest.contains("{")) {
      throw new IllegalArgumentException("unsupported path template " + template);
    }
    regex.append(Pattern.quote(rest)).append("/?");
    return Pattern.compile(regex.toString());
  }
}
