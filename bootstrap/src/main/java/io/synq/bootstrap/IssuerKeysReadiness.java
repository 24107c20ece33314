package io.synq.bootstrap;

import static java.util.Objects.requireNonNull;

import io.synq.adapter.auth.ExternalTokenVerifier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the external issuer's keys have loaded, so that tokens can be verified. The first time it
 * answers no, the log says why, naming the JWKS endpoint; probes that follow stay quiet.
 */
final class IssuerKeysReadiness implements BooleanSupplier {
  private static final Logger log = LoggerFactory.getLogger(IssuerKeysReadiness.class);

  private final ExternalTokenVerifier verifier;
  private final AtomicBoolean said = new AtomicBoolean();

  IssuerKeysReadiness(ExternalTokenVerifier verifier) {
    this.verifier = requireNonNull(verifier, "verifier");
  }

  @Override
  public boolean getAsBoolean() {
    if (verifier.keysLoaded()) {
      return true;
    }
    if (said.compareAndSet(false, true)) {
      log.warn(
          "Not ready: no verification keys loaded yet from the JWKS at {}; tokens get 401 until"
              + " they are",
          verifier.jwksEndpoint());
    }
    return false;
  }
}
