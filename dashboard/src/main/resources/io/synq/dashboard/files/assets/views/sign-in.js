import { alertBox, element, field } from "../dom.js";

/**
 * The sign-in form. A refusal shows the API's own message and keeps the email; after sign-in the
 * page shows the view its path names, so a deep link lands where it pointed.
 */
export function signInPage({ session, message, signedIn }) {
  const email = element("input", { type: "email", name: "email", autocomplete: "username", required: true });
  const password = element("input", {
    type: "password",
    name: "password",
    autocomplete: "current-password",
    required: true,
  });
  const submit = element("button", { type: "submit" }, "Sign in");
  const alert = alertBox();
  const form = element(
    "form",
    {
      className: "card",
      onsubmit: async (event) => {
        event.preventDefault();
        alert.textContent = "";
        submit.disabled = true;
        const refusal = await session.signIn(email.value, password.value);
        submit.disabled = false;
        if (refusal !== null) {
          alert.textContent = refusal;
          password.value = "";
          password.focus();
          return;
        }
        signedIn();
      },
    },
    field("Email", email),
    field("Password", password),
    submit,
    alert,
  );
  if (message) {
    alert.textContent = message;
  }
  queueMicrotask(() => email.focus());
  return element(
    "main",
    { id: "main", className: "narrow" },
    element("h1", {}, "Sign in to Synq"),
    form,
  );
}
