import { element } from "../dom.js";
import { breadcrumb } from "./breadcrumb.js";

export const SETTINGS = ["Settings", "settings"];
export const ORGANIZATION = ["Organization", "settings/organization"];

export function settingsView({ main, href }) {
  main.append(
    breadcrumb(href, SETTINGS),
    element("h1", {}, "Settings"),
    element(
      "ul",
      { className: "choices" },
      element(
        "li",
        {},
        element("a", { href: href("settings/organization") }, "Organization"),
        element("p", {}, "Your tenant and organization, and credentials for the API."),
      ),
    ),
  );
}

export function organizationView({ main, href, session }) {
  const { tenantid, org_id: organization } = session.claims;
  main.append(
    breadcrumb(href, SETTINGS, ORGANIZATION),
    element("h1", {}, "Organization"),
    element("p", {}, `Tenant ${tenantid}, organization ${organization}.`),
    element(
      "ul",
      { className: "choices" },
      element(
        "li",
        {},
        element("a", { href: href("settings/organization/api-credentials") }, "API Credentials"),
        element("p", {}, "Your ID token for calling the API, ready to copy, and a token inspector."),
      ),
    ),
  );
}
