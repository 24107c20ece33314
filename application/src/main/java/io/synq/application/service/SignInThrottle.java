package io.synq.application.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.synq.application.SignInLimits;
import io.synq.application.port.out.AttemptCounter;
import io.synq.domain.ThrottledException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Limits sign-in attempts so that a stranger's failures slow that stranger down first. Each attempt
 * counts against three budgets, each a fixed window:
 *
 * <ul>
 *   <li>the account from this client address: the tightest, so guessing from one place stops soon
 *       while the owner, from elsewhere, still signs in;
 *   <li>the account from all addresses: higher, against guessing spread over many addresses;
 *   <li>this address, whatever the accounts: against trying many accounts from one place.
 * </ul>
 *
 * <p>An attempt is counted before the password is checked, atomically per budget, so parallel
 * guesses cannot slip past a limit. An attempt that one budget refuses is given back to the others,
 * so refused attempts cost nothing. A success resets the account's budget from that address and
 * gives the other two their attempt back. A malformed email counts against the address only. The
 * counter sees only SHA-256 hashes, never an email or an address.
 */
public final class SignInThrottle {
  static final String REFUSAL = "Too many failed sign-in attempts; try again later";

  private final AttemptCounter attempts;
  private final SignInLimits limits;

  public SignInThrottle(AttemptCounter attempts, SignInLimits limits) {
    this.attempts = requireNonNull(attempts, "attempts");
    this.limits = requireNonNull(limits, "limits");
  }

  /**
   * Counts an attempt for the client and, when the email is well-formed, for the account.
   *
   * @throws ThrottledException when any budget is used up for its current window; then nothing is
   *     counted
   */
  public void acquire(Optional<String> email, String client) {
    List<String> counted = new ArrayList<>(3);
    for (Budget budget : budgets(email, client)) {
      Optional<Duration> refused = attempts.count(budget.key(), budget.limit(), limits.window());
      if (refused.isPresent()) {
        counted.forEach(attempts::giveBack);
        throw new ThrottledException(REFUSAL, positive(refused.get()));
      }
      counted.add(budget.key());
    }
  }

  /** The attempt succeeded: the account starts afresh from this client; the rest get it back. */
  public void succeeded(Optional<String> email, String client) {
    email.ifPresent(
        address -> {
          attempts.reset(accountAndClient(address, client));
          attempts.giveBack(account(address));
        });
    attempts.giveBack(client(client));
  }

  /** Most specific first, so that a stranger refused for one account spends no shared budget. */
  private List<Budget> budgets(Optional<String> email, String client) {
    requireNonNull(client, "client");
    Budget fromClient = new Budget(client(client), limits.perClient());
    return email
        .map(
            address ->
                List.of(
                    new Budget(accountAndClient(address, client), limits.perAccountAndClient()),
                    fromClient,
                    new Budget(account(address), limits.perAccount())))
        .orElse(List.of(fromClient));
  }

  private static String accountAndClient(String email, String client) {
    return "sign-in/account+client:" + sha256(email, client);
  }

  private static String account(String email) {
    return "sign-in/account:" + sha256(email);
  }

  private static String client(String client) {
    return "sign-in/client:" + sha256(client);
  }

  /** Each part is preceded by its length, so that no two lists of parts hash alike. */
  private static String sha256(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        byte[] bytes = part.getBytes(UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
      }
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** Never "retry now": a client told to wait no time would be refused again at once. */
  private static Duration positive(Duration wait) {
    return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
  }

  private record Budget(String key, int limit) {}
}
