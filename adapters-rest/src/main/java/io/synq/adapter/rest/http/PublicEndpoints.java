package io.synq.adapter.rest.http;

import jakarta.ws.rs.HttpMethod;
import java.util.Set;

/**
 * The only requests answered without a token: reads (GET or HEAD) of the probes, the API
 * description and the issuer's discovery documents, and the sign-in calls, whose credentials are in
 * their body. Paths match exactly, so anything else fails closed.
 */
public final class PublicEndpoints {
  public static final Set<String> READS =
      Set.of(
          "/health/live",
          "/health/ready",
          "/health/started",
          "/openapi.json",
          "/.well-known/jwks.json",
          "/.well-known/openid-configuration");

  public static final Set<String> SIGN_IN_POSTS =
      Set.of("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout");

  private PublicEndpoints() {}

  /**
   * @param path relative to the application root, with or without its leading slash (containers
   *     differ)
   */
  public static boolean isPublic(String method, String path) {
    String absolute = path.startsWith("/") ? path : "/" + path;
    return switch (method) {
      case HttpMethod.GET, HttpMethod.HEAD -> READS.contains(absolute);
      case HttpMethod.POST -> SIGN_IN_POSTS.contains(absolute);
      default -> false;
    };
  }
}
