import { element } from "../dom.js";

/** "Settings / Organization / API Credentials": links up to the current page, which is last. */
export function breadcrumb(href, ...steps) {
  const items = steps.map(([label, view], index) => {
    const last = index === steps.length - 1;
    return element(
      "li",
      {},
      last ? element("span", { "aria-current": "page" }, label) : element("a", { href: href(view) }, label),
      !last && element("span", { className: "separator", "aria-hidden": "true" }, " / "),
    );
  });
  return element("nav", { className: "breadcrumb", "aria-label": "Breadcrumb" }, element("ol", {}, ...items));
}
