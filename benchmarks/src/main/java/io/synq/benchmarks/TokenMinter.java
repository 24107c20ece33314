package io.synq.benchmarks;

import io.synq.adapter.auth.EmbeddedIssuer;
import io.synq.adapter.auth.TokenRequest;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Mints many tokens that are all distinct: each has its own subject, since two tokens minted in the
 * same second for the same subject and claims would be the same string.
 */
final class TokenMinter {
  private TokenMinter() {}

  /** {@code count} tokens for the organization, minted on all cores (an RSA signature each). */
  static List<String> distinct(
      EmbeddedIssuer issuer, String tenant, String organization, String role, int count) {
    return IntStream.range(0, count)
        .parallel()
        .mapToObj(
            i ->
                issuer.mint(
                    new TokenRequest(
                        "bench-user-" + i, tenant, organization, role, TokenRequest.MAX_TTL)))
        .toList();
  }
}
