// What every view needs to talk to the API and to show its answers.

export const JSON_TYPE = { "Content-Type": "application/json" };

/** The API's own message for a refused request ({"error": "..."}), or what the status says. */
export async function errorText(response) {
  try {
    const body = await response.json();
    if (typeof body.error === "string") {
      return body.error;
    }
  } catch {
    // not the API's JSON shape
  }
  return `The server answered ${response.status}.`;
}

/** The message for a request that never got an answer. */
export function unreachable() {
  return "The server could not be reached. Check the connection and try again.";
}
