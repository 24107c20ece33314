package io.synq.adapter.rest.account;

import jakarta.ws.rs.core.NewCookie;
import java.net.URI;

/**
 * The refresh token of a browser, kept where the page's scripts cannot read it. A sign-in asks for
 * it with the header {@value #HEADER}{@code : }{@value #COOKIE_MODE}; the token then comes back as
 * an {@code HttpOnly}, {@code SameSite=Strict} cookie scoped to {@code /api/v1/auth} ({@code
 * Secure} when the public URL is https) instead of in the body. Refresh and sign-out read it only
 * when the request carries the same header and its body names no refresh token. The header is what
 * another site cannot send without a preflight this server never grants, and the JSON body is what
 * a plain form cannot post: together with {@code SameSite=Strict} a cross-site request cannot use
 * the cookie.
 */
public final class BrowserSession {
  static final String HEADER = "Synq-Session";
  static final String COOKIE_MODE = "cookie";
  static final String COOKIE = "synq_refresh";
  private static final String PATH = "/api/v1/auth";

  private final boolean secure;

  public BrowserSession(URI publicUrl) {
    this.secure = "https".equalsIgnoreCase(publicUrl.getScheme());
  }

  static boolean askedFor(String header) {
    return COOKIE_MODE.equals(header);
  }

  /** A session cookie: the browser forgets it when it closes, the server when the chain ends. */
  NewCookie holding(String refreshToken) {
    return cookie(refreshToken).build();
  }

  NewCookie cleared() {
    return cookie("").maxAge(0).build();
  }

  private NewCookie.Builder cookie(String value) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path(PATH)
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT);
  }
}
