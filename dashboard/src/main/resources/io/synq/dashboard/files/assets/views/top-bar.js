import { element } from "../dom.js";

/** Who is signed in where, the way to the views, and Sign out. */
export function topBar({ session, href, active }) {
  const { tenantid, org_id: organization } = session.claims;
  const link = (view, label) =>
    element(
      "a",
      { href: href(view), "aria-current": view === active ? "page" : undefined },
      label,
    );
  const signOut = element("button", { type: "button", onclick: () => session.signOut() }, "Sign out");
  return element(
    "header",
    { className: "top-bar" },
    element("a", { className: "brand", href: href("products") }, "Synq"),
    element(
      "nav",
      { "aria-label": "Main" },
      link("products", "Products"),
      session.isAdmin && link("members", "Members"),
      link("settings", "Settings"),
    ),
    element(
      "div",
      { className: "account" },
      element("span", { className: "organization", title: "Tenant / organization" }, `${tenantid} / ${organization}`),
      element("span", { className: "email" }, session.email),
      signOut,
    ),
  );
}
