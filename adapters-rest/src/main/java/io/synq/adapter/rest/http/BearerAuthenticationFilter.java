package io.synq.adapter.rest.http;

import static java.util.Objects.requireNonNull;

import io.synq.application.port.in.AuthenticateUseCase;
import io.synq.application.port.in.Identity;
import io.synq.application.port.out.TokenRejectedException;
import io.synq.application.port.out.TokenRejection;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Authenticates every request but the public ones before anything else happens, matching included:
 * an anonymous caller learns nothing, not even which paths exist. Failures surface as {@link
 * io.synq.domain.DomainException}s (401 or 403) through {@link DomainExceptionMapper}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class BearerAuthenticationFilter implements ContainerRequestFilter {
  private final AuthenticateUseCase authenticate;
  private final ApiMetrics metrics;

  BearerAuthenticationFilter(AuthenticateUseCase authenticate, ApiMetrics metrics) {
    this.authenticate = requireNonNull(authenticate, "authenticate");
    this.metrics = requireNonNull(metrics, "metrics");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (PublicEndpoints.isPublic(request.getMethod(), request.getUriInfo().getPath())) {
      return;
    }
    Optional<String> token = BearerToken.from(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    if (token.isEmpty()) {
      metrics.refused(TokenRejection.MISSING);
      request.abortWith(BearerChallenge.NO_CREDENTIALS.response());
      return;
    }
    Identity identity;
    try {
      identity = authenticate.identify(new AuthenticateUseCase.Query(token.get()));
    } catch (TokenRejectedException e) {
      metrics.refused(e.reason());
      throw e;
    }
    metrics.accepted();
    request.setSecurityContext(
        new CallerSecurityContext(identity, request.getSecurityContext().isSecure()));
  }
}
