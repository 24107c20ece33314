// Building the page from plain DOM nodes: text is always set as text, never parsed as HTML, so
// nothing the API or a pasted token says can become markup or script.

/**
 * An element with properties, attributes and children. Keys starting with "on" add listeners;
 * aria-*, data-* and role are attributes; everything else is a property (textContent, value, ...).
 * Null, undefined and false children are left out, so optional parts read as expressions.
 */
export function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === null) {
      continue;
    }
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "role" || name.startsWith("aria-") || name.startsWith("data-")) {
      node.setAttribute(name, String(value));
    } else {
      node[name] = value;
    }
  }
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

/** A label whose own text is the control's accessible name, with the control inside it. */
export function field(label, control) {
  return element("label", { className: "field" }, label, control);
}

/** An element that shows a refusal; empty until there is one, then announced at once. */
export function alertBox() {
  return element("p", { role: "alert", className: "alert" });
}

/**
 * A table that scrolls sideways in its box (a card per row on a phone) with a heading per column,
 * and a last column of row actions whose heading only a screen reader reads.
 */
export function actionTable(headings, rows) {
  const head = element(
    "tr",
    {},
    ...headings.map((heading) => element("th", { scope: "col" }, heading)),
    element("th", { scope: "col" }, element("span", { className: "offscreen" }, "Actions")),
  );
  return element("div", { className: "table" }, element("table", {}, element("thead", {}, head), rows));
}
