import { element } from "../dom.js";
import { tokenInspector } from "./token-inspector.js";

/** With an external issuer nobody signs in here: tokens come from the identity provider. */
export function externalIssuerPage() {
  return element(
    "div",
    {},
    element("header", { className: "top-bar" }, element("span", { className: "brand" }, "Synq")),
    element(
      "main",
      { id: "main" },
      element("h1", {}, "Token inspector"),
      element(
        "p",
        {},
        "This server accepts ID tokens from the identity provider it is configured to trust, " +
          "so there is no sign-in here: get your token from that provider.",
      ),
      tokenInspector(),
    ),
  );
}
