package io.synq.adapter.rest;

import jakarta.ws.rs.HttpMethod;
import java.util.Set;

/**
 * The only requests answered without a token: probes, the API description and the issuer's
 * discovery documents, read with GET or HEAD. Paths match exactly, so anything else fails closed.
 */
final class PublicEndpoints {
  static final Set<String> PATHS =
      Set.of(
          "/health/live",
          "/health/ready",
          "/openapi.json",
          "/.well-known/jwks.json",
          "/.well-known/openid-configuration");

  private PublicEndpoints() {}

  /**
   * @param path relative to the application root, with or without its leading slash (containers
   *     differ)
   */
  static boolean isPublic(String method, String path) {
    boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    return read && PATHS.contains(path.startsWith("/") ? path : "/" + path);
  }
}
