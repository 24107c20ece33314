import { element } from "../dom.js";

const SHOWN_MS = 2000;

/**
 * A button that puts text on the clipboard and says "Copied" for a moment. The clipboard API
 * needs a secure context (https, or localhost); elsewhere a selected, hidden text area is copied.
 */
export function copyButton(text, accessibleName = undefined) {
  const button = element("button", { type: "button", className: "copy", "aria-label": accessibleName }, "Copy");
  button.addEventListener("click", async () => {
    const copied = await copy(text());
    button.textContent = copied ? "Copied" : "Copy failed";
    setTimeout(() => (button.textContent = "Copy"), SHOWN_MS);
  });
  return button;
}

async function copy(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // refused (no focus, no permission): try the old way
    }
  }
  const area = element("textarea", { value: text, readOnly: true, className: "offscreen" });
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } finally {
    area.remove();
  }
}
