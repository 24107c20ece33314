package io.synq.application.port.in;

import io.synq.domain.access.Caller;

/** Turns a bearer token into the caller it speaks for. */
public interface AuthenticateUseCase {
  String MISSING_CLAIM = "Missing %s claim";

  /**
   * Verifies the token, then requires the claims {@code tenantid}, {@code org_id} and {@code role},
   * in that order.
   *
   * @throws io.synq.application.port.out.TokenRejectedException {@code UNAUTHENTICATED} for an
   *     invalid token, {@code FORBIDDEN} "Missing &lt;claim&gt; claim" for a missing, null, empty
   *     or non-string claim, and {@code FORBIDDEN} "Insufficient permissions" for a role the
   *     service does not know; its {@code reason()} says why, for counting
   */
  default Caller authenticate(Query query) {
    return identify(query).caller();
  }

  /**
   * As {@link #authenticate}, and also who issued the token and when it expires.
   *
   * @throws io.synq.application.port.out.TokenRejectedException as {@link #authenticate} does
   */
  Identity identify(Query query);

  /**
   * @param bearerToken the token as the request carried it, not yet trusted; null or blank when the
   *     request had none, which is refused like any other invalid token
   */
  record Query(String bearerToken) {}
}
