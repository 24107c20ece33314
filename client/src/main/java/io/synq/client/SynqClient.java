package io.synq.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * A client of the Synq API: one per server and identity, safe to share between threads.
 *
 * <pre>{@code
 * try (SynqClient synq = SynqClient.builder(URI.create("http://localhost:8080"))
 *     .signIn("alice@example.com", password)
 *     .build()) {
 *   Product shirt = synq.products().create(
 *       new NewProduct("TSHIRT-M", "T-shirt, medium", null, Price.of("19.99", "EUR")));
 * }
 * }</pre>
 */
public final class SynqClient implements AutoCloseable {
  private static final String ME = "/api/v1/me";

  private final URI baseUri;
  private final TokenSource tokens;
  private final JsonHttp http;
  private final AuthorizedCalls calls;
  private final Products products;

  private SynqClient(URI baseUri, TokenSource tokens, JsonHttp http, AuthorizedCalls calls) {
    this.baseUri = baseUri;
    this.tokens = tokens;
    this.http = http;
    this.calls = calls;
    this.products = new Products(http, calls);
  }

  /**
   * @param baseUri where the API is served, such as {@code https://api.synq.io}
   */
  public static Builder builder(URI baseUri) {
    return new Builder(baseUri);
  }

  public Products products() {
    return products;
  }

  /** What the server makes of this client's token: a quick check that it works, and for whom. */
  public Identity me() {
    return http.read(calls.send(() -> http.request(ME).GET()), Identity.class);
  }

  /** Closes the token source: a signed-in session signs out (its refresh token is revoked). */
  @Override
  public void close() {
    tokens.close();
  }

  @Override
  public String toString() {
    return "SynqClient[baseUri=" + baseUri + ", tokens=" + tokens + "]";
  }

  /** Settings of a client; choose exactly one way to authenticate. */
  public static final class Builder {
    private final URI baseUri;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Function<AuthApi, TokenSource> tokens;

    private Builder(URI baseUri) {
      this.baseUri = requireNonNull(baseUri, "baseUri");
    }

    /** How long to wait for a connection (default 10 seconds). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requireNonNull(timeout, "timeout");
      return this;
    }

    /** How long to wait for each answer (default 30 seconds). */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = requireNonNull(timeout, "timeout");
      return this;
    }

    /** The clock that decides when a session's token is due for refresh (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** Authenticates with the given token as is. */
    public Builder token(String token) {
      return tokenSource(TokenSource.of(token));
    }

    /**
     * Authenticates with the token in the {@code SYNQ_TOKEN} environment variable.
     *
     * @throws IllegalStateException when it is unset
     */
    public Builder tokenFromEnvironment() {
      return tokenSource(TokenSource.fromEnvironment());
    }

    /** Authenticates with a token source of your own. */
    public Builder tokenSource(TokenSource source) {
      requireNonNull(source, "source");
      this.tokens = auth -> source;
      return this;
    }

    /**
     * Signs in when {@link #build()} runs and keeps the session fresh; closing the client signs
     * out. The password is sent once, at sign-in, and not kept.
     */
    public Builder signIn(String email, String password) {
      requireNonNull(email, "email");
      requireNonNull(password, "password");
      this.tokens = auth -> SignedInSession.signIn(auth, clock, email, password);
      return this;
    }

    /**
     * @throws IllegalStateException when no way to authenticate was chosen
     * @throws SynqUnauthorizedException when signing in was refused
     */
    public SynqClient build() {
      if (tokens == null) {
        throw new IllegalStateException(
            "choose how to authenticate: token, tokenFromEnvironment, tokenSource or signIn");
      }
      ObjectMapper mapper = SynqJson.mapper();
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(connectTimeout)
              .build();
      JsonHttp http = new JsonHttp(client, baseUri, requestTimeout, mapper);
      TokenSource source = tokens.apply(new AuthApi(http, mapper, clock));
      return new SynqClient(baseUri, source, http, new AuthorizedCalls(http, source));
    }
  }
}
