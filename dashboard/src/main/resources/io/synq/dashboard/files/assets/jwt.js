// Reading a JWT's header and claims in the page. This decodes only; whether a token is any good
// is for the server to say (GET /api/v1/me), never for this code.

/** The decoded header and claims of a compact JWS; throws an Error saying what is wrong. */
export function decodeJwt(token) {
  const parts = token.trim().split(".");
  if (parts.length !== 3) {
    throw new Error(`A JWT has three parts separated by dots; this has ${parts.length}.`);
  }
  return { header: decodePart(parts[0], "header"), claims: decodePart(parts[1], "claims") };
}

function decodePart(text, name) {
  let value;
  try {
    const base64 = text.replaceAll("-", "+").replaceAll("_", "/");
    const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), "="));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new Error(`The ${name} is not base64url-encoded JSON.`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`The ${name} is not a JSON object.`);
  }
  return value;
}

/** When the claims say the token expires, or null when they carry no usable exp. */
export function expiryOf(claims) {
  return Number.isFinite(claims.exp) ? new Date(claims.exp * 1000) : null;
}
