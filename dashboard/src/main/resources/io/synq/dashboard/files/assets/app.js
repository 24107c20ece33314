// The Synq dashboard. It talks to the same public JSON API as every other client; the ID token
// lives in this page's memory only, and the refresh token in an HttpOnly cookie that no script
// here can read (a browser session: the Synq-Session header, see the README).

const BROWSER_SESSION = { "Synq-Session": "cookie" };

const app = document.getElementById("app");

function element(tag, properties = {}, ...children) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

async function errorText(response) {
  try {
    const body = await response.json();
    if (typeof body.error === "string") {
      return body.error;
    }
  } catch {
    // not the API's JSON shape: say what the status says
  }
  return `The server answered ${response.status}.`;
}

function signInPage() {
  const email = element("input", { type: "email", name: "email", autocomplete: "username", required: true });
  const password = element("input", {
    type: "password",
    name: "password",
    autocomplete: "current-password",
    required: true,
  });
  const alert = element("p", { role: "alert" });
  const form = element(
    "form",
    {},
    element("label", {}, "Email", email),
    element("label", {}, "Password", password),
    element("button", { type: "submit" }, "Sign in"),
    alert,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    alert.textContent = "";
    const response = await fetch("/api/v1/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...BROWSER_SESSION },
      body: JSON.stringify({ email: email.value, password: password.value }),
    });
    if (!response.ok) {
      alert.textContent = await errorText(response);
      password.value = "";
      return;
    }
    const session = await response.json();
    signedIn(session.id_token);
  });
  app.replaceChildren(element("h1", {}, "Sign in to Synq"), form);
  email.focus();
}

async function signedIn(idToken) {
  const response = await fetch("/api/v1/me", { headers: { Authorization: `Bearer ${idToken}` } });
  if (!response.ok) {
    signInPage();
    return;
  }
  const me = await response.json();
  const signOut = element("button", { type: "button" }, "Sign out");
  signOut.addEventListener("click", async () => {
    // Ends the refresh-token chain on the server and clears its cookie; the page forgets the rest.
    await fetch("/api/v1/auth/logout", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...BROWSER_SESSION },
      body: "{}",
    });
    signInPage();
  });
  app.replaceChildren(
    element("h1", {}, "Signed in"),
    element("p", {}, `${me.subject} in ${me.tenantid} / ${me.org_id}, as ${me.role}.`),
    signOut,
  );
}

signInPage();
