import { actionTable, alertBox, element, field } from "../dom.js";
import { errorText } from "../http.js";

const ROLES = ["viewer", "editor", "admin"];

/** The organization's users (admins only): add one, change a role, disable and enable. */
export function membersView({ main, session }) {
  const alert = alertBox();
  const rows = element("tbody");

  async function load() {
    const response = await session.api("/api/v1/users");
    if (!response.ok) {
      alert.textContent = await errorText(response);
      return;
    }
    const { items } = await response.json();
    rows.replaceChildren(...items.map(row));
  }

  async function change(user, patch) {
    alert.textContent = "";
    const response = await session.api(`/api/v1/users/${encodeURIComponent(user.id)}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/merge-patch+json" },
      body: patch,
    });
    if (!response.ok) {
      alert.textContent = await errorText(response);
    }
    await load();
  }

  function row(user) {
    const role = element(
      "select",
      { "aria-label": `Role of ${user.email}` },
      ...ROLES.map((name) => element("option", { value: name, selected: name === user.role }, name)),
    );
    const saveRole = element(
      "button",
      { type: "button", disabled: true, "aria-label": `Save role of ${user.email}` },
      "Save role",
    );
    role.addEventListener("change", () => (saveRole.disabled = role.value === user.role));
    saveRole.addEventListener("click", () => change(user, { role: role.value }));
    const toggle = element(
      "button",
      {
        type: "button",
        "aria-label": `${user.disabled ? "Enable" : "Disable"} ${user.email}`,
        onclick: () => change(user, { disabled: !user.disabled }),
      },
      user.disabled ? "Enable" : "Disable",
    );
    return element(
      "tr",
      { "data-email": user.email },
      element("td", {}, user.email),
      element("td", {}, element("div", { className: "actions" }, role, saveRole)),
      element("td", { className: user.disabled ? "state disabled" : "state" }, user.disabled ? "Disabled" : "Active"),
      element("td", { className: "row-actions" }, toggle),
    );
  }

  main.append(
    element("h1", {}, "Members"),
    alert,
    actionTable(["Email", "Role", "State"], rows),
    addUserForm(session, load),
  );
  load();
}

function addUserForm(session, added) {
  const email = element("input", { type: "email", required: true, autocomplete: "off" });
  const password = element("input", { type: "password", required: true, autocomplete: "new-password" });
  const role = element(
    "select",
    {},
    ...ROLES.map((name) => element("option", { value: name, selected: name === "viewer" }, name)),
  );
  const problem = alertBox();
  return element(
    "form",
    {
      className: "card",
      onsubmit: async (event) => {
        event.preventDefault();
        problem.textContent = "";
        const response = await session.api("/api/v1/users", {
          method: "POST",
          body: { email: email.value, password: password.value, role: role.value },
        });
        if (!response.ok) {
          problem.textContent = await errorText(response);
          return;
        }
        email.value = "";
        password.value = "";
        await added();
      },
    },
    element("h2", {}, "Add a member"),
    element("div", { className: "fields" }, field("Email", email), field("Password", password), field("Role", role)),
    problem,
    element("div", { className: "actions" }, element("button", { type: "submit" }, "Add member")),
  );
}
