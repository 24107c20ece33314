package io.synq.application.port.out;

import io.synq.domain.account.User;
import java.time.Duration;

/** Signs ID tokens for signed-in users. */
public interface IdTokenIssuer {
  /** How long every ID token lives. */
  Duration LIFETIME = Duration.ofHours(1);

  /**
   * A signed token: {@code sub} the user id, {@code tenantid}, {@code org_id}, {@code role}, {@code
   * email}, expiring {@link #LIFETIME} after it is issued.
   */
  String issue(User user);
}
