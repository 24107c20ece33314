// The signed-in person's session. The ID token lives in this object only (no storage at all); the
// refresh token lives in an HttpOnly cookie that no script can read, which the server sets and
// reads only for requests that carry the Synq-Session header (a browser session, see the README).

import { JSON_TYPE, errorText, unreachable } from "./http.js";
import { decodeJwt, expiryOf } from "./jwt.js";
import { duration, remainingUntil } from "./time.js";

const BROWSER_SESSION = { ...JSON_TYPE, "Synq-Session": "cookie" };

/** How long before exp the page asks for a new ID token while it is open. */
const REFRESH_AHEAD_MS = 60_000;

/**
 * The soonest it does: a browser whose clock runs nearly an hour ahead sees every new token
 * about to expire, and would otherwise ask again at once, for ever.
 */
const REFRESH_AT_THE_SOONEST_MS = 10_000;

/**
 * Signs in, keeps the ID token fresh, and makes API calls with it. Dispatches "change" when the
 * token changes and "end" (detail: a message, or null) when the session is over.
 */
export class Session extends EventTarget {
  #token = null;
  #claims = null;
  #refreshing = null;
  #timer = null;

  get signedIn() {
    return this.#token !== null;
  }

  get token() {
    return this.#token;
  }

  /** The current token's claims: tenantid, org_id, role, sub, exp... */
  get claims() {
    return this.#claims;
  }

  get expiresAt() {
    return this.#claims ? expiryOf(this.#claims) : null;
  }

  /** The embedded issuer's tokens name the user's email. */
  get email() {
    return this.#claims?.email ?? "";
  }

  get isAdmin() {
    return this.#claims?.role === "admin";
  }

  get canEdit() {
    return this.#claims?.role === "admin" || this.#claims?.role === "editor";
  }

  /** @returns null when signed in, or the message to show */
  async signIn(email, password) {
    let response;
    try {
      response = await fetch("/api/v1/auth/login", {
        method: "POST",
        headers: BROWSER_SESSION,
        body: JSON.stringify({ email, password }),
      });
    } catch {
      return unreachable();
    }
    if (!response.ok) {
      return refusal(response);
    }
    this.#accept((await response.json()).id_token);
    return null;
  }

  /** When the page loads: a session this browser still holds (its cookie) continues. */
  async resume() {
    try {
      const response = await this.#refreshRequest();
      if (response.ok) {
        this.#accept((await response.json()).id_token);
        return true;
      }
    } catch {
      // offline: the sign-in form says so when it is used
    }
    return false;
  }

  /**
   * A new ID token through the cookie. Concurrent callers share one request, since each refresh
   * token works once. A refusal ends the session with the server's message.
   *
   * @returns whether there is a new token
   */
  refresh() {
    this.#refreshing ??= this.#refreshOnce().finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  async #refreshOnce() {
    let response;
    try {
      response = await this.#refreshRequest();
    } catch {
      return false; // keep the token we have; the next call tries again
    }
    if (!response.ok) {
      this.#end(`Your session has ended (${await errorText(response)}). Sign in again.`);
      return false;
    }
    this.#accept((await response.json()).id_token);
    return true;
  }

  #refreshRequest() {
    return fetch("/api/v1/auth/refresh", { method: "POST", headers: BROWSER_SESSION, body: "{}" });
  }

  /** Ends the refresh-token chain on the server (which clears its cookie), then forgets the rest. */
  async signOut() {
    try {
      await fetch("/api/v1/auth/logout", { method: "POST", headers: BROWSER_SESSION, body: "{}" });
    } finally {
      this.#end(null);
    }
  }

  /**
   * An API call with the ID token. On a 401 it refreshes once and retries once, as the
   * documentation asks of every client; a refused refresh ends the session.
   */
  async api(path, { method = "GET", body, headers = {} } = {}) {
    const send = (token) =>
      fetch(path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : JSON_TYPE),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const used = this.#token;
    const response = await send(used);
    if (response.status !== 401 || used === null) {
      return response;
    }
    // Another call may have refreshed meanwhile; then its token is the one to retry with.
    if (this.#token === used && !(await this.refresh())) {
      return response;
    }
    return send(this.#token);
  }

  #accept(token) {
    this.#token = token;
    this.#claims = decodeJwt(token).claims;
    clearTimeout(this.#timer);
    const expiresAt = this.expiresAt;
    // A token that has expired by this browser's clock is not renewed on a timer: the next
    // call's 401, or the person, asks for a new one.
    if (expiresAt && remainingUntil(expiresAt) > 0) {
      const due = Math.max(remainingUntil(expiresAt) - REFRESH_AHEAD_MS, REFRESH_AT_THE_SOONEST_MS);
      this.#timer = setTimeout(() => this.refresh(), due);
    }
    this.dispatchEvent(new Event("change"));
  }

  #end(message) {
    clearTimeout(this.#timer);
    this.#token = null;
    this.#claims = null;
    this.dispatchEvent(new CustomEvent("end", { detail: message }));
  }
}

/** The API's message; for a throttled sign-in, with when to try again (Retry-After, seconds). */
async function refusal(response) {
  const message = await errorText(response);
  const retryAfter = Number.parseInt(response.headers.get("Retry-After") ?? "", 10);
  if (response.status === 429 && retryAfter > 0) {
    return `${message} (in ${duration(retryAfter * 1000)})`;
  }
  return message;
}
