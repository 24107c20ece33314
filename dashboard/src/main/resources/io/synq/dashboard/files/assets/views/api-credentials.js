import { element, field } from "../dom.js";
import { clockTime, describeExpiry, remainingUntil } from "../time.js";
import { breadcrumb } from "./breadcrumb.js";
import { copyButton } from "./copy-button.js";
import { tokenInspector } from "./token-inspector.js";
import { ORGANIZATION, SETTINGS } from "./settings.js";

/** In the last five minutes the page warns that the token is about to expire. */
const WARNING_MS = 5 * 60_000;

const TICK_MS = 1000;

/**
 * Settings / Organization / API Credentials: the signed-in person's ID token, its claims and
 * expiry, a new one on request, and snippets to use it with.
 */
export function apiCredentialsView({ main, href, session, signal }) {
  const claims = element("dl", { className: "claims" });
  const token = element("input", { type: "password", readOnly: true, spellcheck: false, className: "token" });
  const reveal = element("button", { type: "button", "aria-pressed": "false" }, "Reveal");
  reveal.addEventListener("click", () => {
    const revealing = token.type === "password";
    token.type = revealing ? "text" : "password";
    reveal.setAttribute("aria-pressed", String(revealing));
    reveal.textContent = revealing ? "Hide" : "Reveal";
    exportLine.textContent = exportCommand(revealing);
  });
  const expiry = element("p", { className: "expiry" });
  const renewed = element("p", { role: "status", className: "renewed" });
  const renew = element("button", { type: "button" }, "Get a new token");
  renew.addEventListener("click", async () => {
    const previous = session.expiresAt;
    renew.disabled = true;
    renewed.textContent = "";
    const ok = await session.refresh();
    renew.disabled = false;
    if (ok && previous) {
      renewed.textContent = `New token issued. The previous one stays valid until its own expiry, ${clockTime(previous)}.`;
    }
  });

  const base = location.origin;
  const exportLine = element("code", {});
  const exportCommand = (revealed) => `export SYNQ_TOKEN=${revealed ? session.token : "•".repeat(24)}`;
  const curl =
    `curl -X GET "${base}/api/v1/products" ` +
    `-H "Authorization: Bearer $SYNQ_TOKEN" -H "Content-Type: application/json"`;

  function showToken() {
    const { tenantid, org_id: organization, role } = session.claims;
    claims.replaceChildren(
      element("dt", {}, "Tenant ID"),
      element("dd", {}, tenantid),
      element("dt", {}, "Organization ID"),
      element("dd", {}, organization),
      element("dt", {}, "Role"),
      element("dd", {}, role),
    );
    token.value = session.token;
    exportLine.textContent = exportCommand(token.type === "text");
    showExpiry();
  }

  function showExpiry() {
    const expiresAt = session.expiresAt;
    const remaining = remainingUntil(expiresAt);
    const expired = remaining <= 0;
    token.setAttribute("aria-invalid", String(expired));
    expiry.classList.toggle("warning", !expired && remaining <= WARNING_MS);
    expiry.classList.toggle("expired", expired);
    if (expired) {
      expiry.textContent = `This token expired at ${clockTime(expiresAt)} and no longer works. Get a new token.`;
    } else if (remaining <= WARNING_MS) {
      expiry.textContent = `Expires at ${clockTime(expiresAt)}. ${describeExpiry(expiresAt)}: get a new token soon.`;
    } else {
      expiry.textContent = `Expires at ${clockTime(expiresAt)}. ${describeExpiry(expiresAt)}.`;
    }
  }

  session.addEventListener("change", () => session.signedIn && showToken(), { signal });
  const ticking = setInterval(showExpiry, TICK_MS);
  signal.addEventListener("abort", () => clearInterval(ticking));
  showToken();

  main.append(
    breadcrumb(href, SETTINGS, ORGANIZATION, ["API Credentials", "settings/organization/api-credentials"]),
    element("h1", {}, "API Credentials"),
    element("section", { "aria-labelledby": "identity" }, element("h2", { id: "identity" }, "Signed in as"), claims),
    element(
      "section",
      { "aria-labelledby": "current-token" },
      element("h2", { id: "current-token" }, "Your ID token"),
      field("ID token", token),
      element("div", { className: "actions" }, reveal, copyButton(() => session.token), renew),
      expiry,
      renewed,
    ),
    element(
      "section",
      { "aria-labelledby": "use-it" },
      element("h2", { id: "use-it" }, "Use it"),
      snippet(exportLine, () => exportCommand(true), "Copy export command"),
      snippet(element("code", {}, curl), () => curl, "Copy curl command"),
      element(
        "p",
        { className: "note" },
        "ID tokens expire after one hour. A client refreshes its token and retries once when a call answers 401; ",
        element("a", { href: "#java-client" }, "the Java client"),
        " does both for you.",
      ),
      element("h3", { id: "java-client" }, "With the Java client"),
      element("pre", {}, element("code", {}, javaClientExample(base))),
    ),
    tokenInspector({ session }),
  );
}

function snippet(code, text, accessibleName) {
  return element("div", { className: "snippet" }, element("pre", {}, code), copyButton(text, accessibleName));
}

function javaClientExample(base) {
  return [
    `try (SynqClient synq = SynqClient.builder(URI.create("${base}"))`,
    `        .tokenFromEnvironment()   // SYNQ_TOKEN; or .signIn(email, password) to keep it fresh`,
    `        .build()) {`,
    `  synq.products().all(100).forEach(p -> System.out.println(p.sku()));`,
    `}`,
  ].join("\n");
}
