package io.synq.adapter.auth;

import static java.util.Objects.requireNonNull;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * The embedded issuer's keys as read from its store at one time: the newest key signs, and each
 * older key stays trusted until its retirement instant, judged by the clock at each look.
 */
final class KeyRing implements KeySet {
  /** A key that no longer signs, trusted before {@code retiredAt}. */
  record RetiringKey(VerificationKey key, Instant retiredAt) {
    RetiringKey {
      requireNonNull(key, "key");
      requireNonNull(retiredAt, "retiredAt");
    }
  }

  private final RsaJsonWebKey signer;
  private final List<RetiringKey> older;
  private final Clock clock;

  KeyRing(RsaJsonWebKey signer, List<RetiringKey> older, Clock clock) {
    this.signer = requireNonNull(signer, "signer");
    this.older = List.copyOf(older);
    this.clock = requireNonNull(clock, "clock");
  }

  /** The newest key, private half included. */
  RsaJsonWebKey signer() {
    return signer;
  }

  /** The signer's public half, then every older key not yet retired. */
  List<VerificationKey> trusted() {
    Instant now = clock.instant();
    return Stream.concat(
            Stream.of(new VerificationKey(signer.getKeyId(), signer.getRsaPublicKey())),
            older.stream().filter(key -> now.isBefore(key.retiredAt())).map(RetiringKey::key))
        .toList();
  }

  @Override
  public Optional<RSAPublicKey> find(String keyId) {
    return new VerificationKeys(trusted()).find(keyId);
  }

  @Override
  public boolean trusts(String keyId, RSAPublicKey key) {
    return new VerificationKeys(trusted()).trusts(keyId, key);
  }

  @Override
  public int size() {
    return trusted().size();
  }
}
