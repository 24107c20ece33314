package io.synq.adapter.rest.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.synq.application.port.out.TokenRejection;
import io.synq.domain.access.Permission;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The API's meters. Every label takes its values from a small fixed set (a route template, never a
 * raw path; no id, token or email), so the number of series stays bounded. The counters of fixed
 * outcomes exist from the start, so that a scrape shows 0 rather than nothing.
 */
public final class ApiMetrics {
  public static final String REQUESTS = "http.server.requests";
  public static final String AUTHENTICATIONS = "synq.authentications";
  public static final String AUTHORIZATION_REFUSALS = "synq.authorization.refusals";
  public static final String SIGN_INS = "synq.sign.ins";

  /** How a sign-in attempt ended. */
  public enum SignInOutcome {
    SUCCESS,
    BAD_CREDENTIALS,
    THROTTLED,
    /** Refused for lack of capacity to hash the password: 503. */
    BUSY,
    /** A body that is no sign-in request: 400. */
    INVALID;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private record RequestKey(String method, String route, int status) {}

  private final MeterRegistry registry;
  private final Counter accepted;
  private final Map<TokenRejection, Counter> refused = new EnumMap<>(TokenRejection.class);
  private final Map<Permission, Counter> forbidden = new EnumMap<>(Permission.class);
  private final Map<SignInOutcome, Counter> signIns = new EnumMap<>(SignInOutcome.class);
  private final ConcurrentMap<RequestKey, Timer> requests = new ConcurrentHashMap<>();

  ApiMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.accepted = authentications("accepted");
    for (TokenRejection reason : TokenRejection.values()) {
      refused.put(reason, authentications(reason.label()));
    }
    for (Permission permission : Permission.values()) {
      forbidden.put(
          permission,
          Counter.builder(AUTHORIZATION_REFUSALS)
              .description("Authenticated requests refused 403 for lack of a permission")
              .tag("permission", permission.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
    for (SignInOutcome outcome : SignInOutcome.values()) {
      signIns.put(
          outcome,
          Counter.builder(SIGN_INS)
              .description("Sign-in attempts by outcome")
              .tag("outcome", outcome.label())
              .register(registry));
    }
  }

  private Counter authentications(String outcome) {
    return Counter.builder(AUTHENTICATIONS)
        .description("Bearer tokens presented to protected endpoints, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  void accepted() {
    accepted.increment();
  }

  void refused(TokenRejection reason) {
    refused.get(reason).increment();
  }

  void refused(Permission permission) {
    forbidden.get(permission).increment();
  }

  public void signIn(SignInOutcome outcome) {
    signIns.get(outcome).increment();
  }

  void request(String method, String route, int status, long nanos) {
    requests
        .computeIfAbsent(new RequestKey(method, route, status), this::requestTimer)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer requestTimer(RequestKey key) {
    return Timer.builder(REQUESTS)
        .description("HTTP requests answered by the API, by route template")
        .tags(
            Tags.of(
                "method", key.method(),
                "uri", key.route(),
                "status", Integer.toString(key.status()),
                "outcome", outcome(key.status())))
        .publishPercentileHistogram()
        .register(registry);
  }

  private static String outcome(int status) {
    return switch (status / 100) {
      case 1 -> "INFORMATIONAL";
      case 2 -> "SUCCESS";
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      case 5 -> "SERVER_ERROR";
      default -> "UNKNOWN";
    };
  }
}
