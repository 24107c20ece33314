package io.synq.adapter.rest.account;

import static java.util.Objects.requireNonNull;

import io.synq.adapter.rest.ClientAddress;
import io.synq.adapter.rest.http.ApiMetrics;
import io.synq.adapter.rest.http.CallerPrincipal;
import io.synq.adapter.rest.http.PublicEndpoints;
import io.synq.adapter.rest.http.RequiresPermission;
import io.synq.application.port.in.Operation;
import io.synq.application.port.in.RefreshSessionUseCase;
import io.synq.application.port.in.SignInUseCase;
import io.synq.application.port.in.SignOutEverywhereUseCase;
import io.synq.application.port.in.SignOutUseCase;
import io.synq.application.port.in.TokenPair;
import io.synq.domain.BusyException;
import io.synq.domain.DomainException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in, refresh and sign-out. Public (see {@link PublicEndpoints}): the credentials are in the
 * body, or for a {@link BrowserSession} the refresh token is in its cookie. Token responses must
 * not be stored by any cache (RFC 6749 section 5.1). Signing out everywhere is the exception: it
 * acts for the bearer of an ID token, like any other protected call.
 */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {
  private final SignInUseCase signIn;
  private final RefreshSessionUseCase refresh;
  private final SignOutUseCase signOut;
  private final SignOutEverywhereUseCase signOutEverywhere;
  private final BrowserSession browser;
  private final ApiMetrics metrics;

  public AuthResource(
      SignInUseCase signIn,
      RefreshSessionUseCase refresh,
      SignOutUseCase signOut,
      SignOutEverywhereUseCase signOutEverywhere,
      BrowserSession browser,
      ApiMetrics metrics) {
    this.signIn = requireNonNull(signIn, "signIn");
    this.refresh = requireNonNull(refresh, "refresh");
    this.signOut = requireNonNull(signOut, "signOut");
    this.signOutEverywhere = requireNonNull(signOutEverywhere, "signOutEverywhere");
    this.browser = requireNonNull(browser, "browser");
    this.metrics = requireNonNull(metrics, "metrics");
  }

  /**
   * Signs in. A refusal for lack of hashing capacity (503) is answered only once its {@code
   * Retry-After} has passed, and without holding a worker meanwhile: a client that retries at once,
   * as a flood does, then costs the server one cheap refusal a second per connection instead of as
   * many as it can send, and the rest of the API keeps its share of the cores.
   */
  @POST
  @Path("login")
  public void signIn(
      SignInJson body,
      @HeaderParam(ClientAddress.HEADER) String clientAddress,
      @HeaderParam(BrowserSession.HEADER) String session,
      @Suspended AsyncResponse answer) {
    TokenPair signedIn;
    try {
      signedIn = signIn.signIn(body.toCommand(clientAddress));
    } catch (BusyException e) {
      metrics.signIn(ApiMetrics.SignInOutcome.BUSY);
      CompletableFuture.delayedExecutor(e.retryAfter().toMillis(), TimeUnit.MILLISECONDS)
          .execute(() -> answer.resume(e));
      return;
    } catch (DomainException e) {
      metrics.signIn(signInOutcome(e));
      throw e;
    }
    metrics.signIn(ApiMetrics.SignInOutcome.SUCCESS);
    answer.resume(tokens(signedIn, BrowserSession.askedFor(session)));
  }

  private static ApiMetrics.SignInOutcome signInOutcome(DomainException refusal) {
    return switch (refusal.kind()) {
      case THROTTLED -> ApiMetrics.SignInOutcome.THROTTLED;
      case INVALID -> ApiMetrics.SignInOutcome.INVALID;
      default -> ApiMetrics.SignInOutcome.BAD_CREDENTIALS;
    };
  }

  @POST
  @Path("refresh")
  public Response refresh(
      RefreshTokenJson body,
      @HeaderParam(BrowserSession.HEADER) String session,
      @CookieParam(BrowserSession.COOKIE) String cookie) {
    boolean fromCookie = fromCookie(body, session);
    return tokens(
        refresh.refresh(new RefreshSessionUseCase.Command(refreshToken(body, fromCookie, cookie))),
        fromCookie);
  }

  @POST
  @Path("logout")
  public Response signOut(
      RefreshTokenJson body,
      @HeaderParam(BrowserSession.HEADER) String session,
      @CookieParam(BrowserSession.COOKIE) String cookie) {
    boolean fromCookie = fromCookie(body, session);
    signOut.signOut(new SignOutUseCase.Command(refreshToken(body, fromCookie, cookie)));
    Response.ResponseBuilder done = Response.noContent();
    return fromCookie ? done.cookie(browser.cleared()).build() : done.build();
  }

  @POST
  @Path("logout-all")
  @RequiresPermission(Operation.SIGN_OUT_EVERYWHERE)
  public Response signOutEverywhere(
      @HeaderParam(BrowserSession.HEADER) String session, @Context SecurityContext security) {
    signOutEverywhere.signOutEverywhere(
        new SignOutEverywhereUseCase.Command(CallerPrincipal.callerOf(security)));
    Response.ResponseBuilder done = Response.noContent();
    return BrowserSession.askedFor(session) ? done.cookie(browser.cleared()).build() : done.build();
  }

  /** A refresh token in the body always wins; the cookie counts only for a browser session. */
  private static boolean fromCookie(RefreshTokenJson body, String session) {
    return body.refreshToken() == null && BrowserSession.askedFor(session);
  }

  private static String refreshToken(RefreshTokenJson body, boolean fromCookie, String cookie) {
    if (!fromCookie) {
      return body.token();
    }
    if (cookie == null || cookie.isEmpty()) {
      throw DomainException.invalid("refresh_token is required, in the body or the session cookie");
    }
    return cookie;
  }

  private Response tokens(TokenPair session, boolean inCookie) {
    Response.ResponseBuilder response =
        inCookie
            ? Response.ok(BrowserTokenJson.from(session))
                .cookie(browser.holding(session.refreshToken()))
            : Response.ok(TokenJson.from(session));
    return response.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }
}
