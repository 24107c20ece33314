import { element } from "../dom.js";

export function notFoundView({ main, href }) {
  main.append(
    element("h1", {}, "Page not found"),
    element("p", {}, "There is no such page here. ", element("a", { href: href("products") }, "Go to Products"), "."),
  );
}
