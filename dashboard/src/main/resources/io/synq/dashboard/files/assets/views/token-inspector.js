import { alertBox, element, field } from "../dom.js";
import { errorText, unreachable } from "../http.js";
import { decodeJwt, expiryOf } from "../jwt.js";
import { dateTime, describeExpiry } from "../time.js";

/**
 * Paste a token, see its header, claims and expiry decoded here, and this server's verdict on it
 * from GET /api/v1/me. Decoding proves nothing; only the verdict says whether the token works.
 */
export function tokenInspector({ session = null } = {}) {
  const input = element("textarea", { rows: 4, spellcheck: false, className: "token" });
  const result = element("div", { className: "inspection", "aria-live": "polite" });
  const inspect = element("button", { type: "submit" }, "Inspect");
  const form = element(
    "form",
    {
      onsubmit: async (event) => {
        event.preventDefault();
        inspect.disabled = true;
        result.replaceChildren(...decoded(input.value), await verdict(input.value.trim()));
        inspect.disabled = false;
      },
    },
    field("Token to inspect", input),
    element(
      "div",
      { className: "actions" },
      inspect,
      session &&
        element(
          "button",
          { type: "button", onclick: () => (input.value = session.token ?? "") },
          "Use my token",
        ),
    ),
  );
  return element(
    "section",
    { "aria-labelledby": "inspector", className: "inspector" },
    element("h2", { id: "inspector" }, "Token inspector"),
    element("p", {}, "Paste any ID token to see what it says, and whether this server accepts it."),
    form,
    result,
  );
}

function decoded(token) {
  let header;
  let claims;
  try {
    ({ header, claims } = decodeJwt(token));
  } catch (error) {
    const problem = alertBox();
    problem.textContent = `Cannot decode this token: ${error.message}`;
    return [problem];
  }
  const expiresAt = expiryOf(claims);
  return [
    element("h3", {}, "Header"),
    element("pre", { className: "json", "aria-label": "Header" }, JSON.stringify(header, null, 2)),
    element("h3", {}, "Claims"),
    element("pre", { className: "json", "aria-label": "Claims" }, JSON.stringify(claims, null, 2)),
    element(
      "p",
      { className: "token-expiry" },
      expiresAt ? `${dateTime(expiresAt)}: ${describeExpiry(expiresAt)}.` : "No exp claim: this server refuses it.",
    ),
  ];
}

/** The token goes only to this server's own /api/v1/me, never anywhere else. */
async function verdict(token) {
  const box = element("div", { className: "verdict", "aria-label": "Verdict" }, element("h3", {}, "This server's verdict"));
  let response;
  try {
    response = await fetch("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    box.append(element("p", { className: "refused" }, unreachable()));
    return box;
  }
  if (!response.ok) {
    box.append(element("p", { className: "refused" }, `Refused (${response.status}): ${await errorText(response)}`));
    return box;
  }
  const me = await response.json();
  box.append(
    element("p", { className: "accepted" }, "Accepted."),
    element(
      "dl",
      { className: "claims" },
      ...[
        ["Subject", me.subject],
        ["Tenant ID", me.tenantid],
        ["Organization ID", me.org_id],
        ["Role", me.role],
        ["Issuer", me.issuer],
        ["Expires at", dateTime(new Date(me.expires_at))],
      ].flatMap(([name, value]) => [element("dt", {}, name), element("dd", {}, value)]),
    ),
  );
  return box;
}
