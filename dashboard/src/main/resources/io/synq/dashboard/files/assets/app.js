// The Synq dashboard: one page whose path names the view. It talks to the same public JSON API as
// every other client.

import { element } from "./dom.js";
import { Session } from "./session.js";
import { externalIssuerPage } from "./views/external-issuer.js";
import { topBar } from "./views/top-bar.js";
import { signInPage } from "./views/sign-in.js";
import { productsView } from "./views/products.js";
import { membersView } from "./views/members.js";
import { settingsView, organizationView } from "./views/settings.js";
import { apiCredentialsView } from "./views/api-credentials.js";
import { notFoundView } from "./views/not-found.js";

/** Where the dashboard is mounted, from where this script was loaded: "/dashboard/". */
const MOUNT = new URL("../", import.meta.url).pathname;

/** The views of a signed-in person, by path below the mount. */
const VIEWS = {
  products: { show: productsView, nav: "products" },
  members: { show: membersView, nav: "members", adminOnly: true },
  settings: { show: settingsView, nav: "settings" },
  "settings/organization": { show: organizationView, nav: "settings" },
  "settings/organization/api-credentials": { show: apiCredentialsView, nav: "settings" },
};

const LANDING = "products";

const app = document.getElementById("app");
const session = new Session();

/** Aborted when the view changes: its timers and listeners stop with it. */
let viewLifetime = new AbortController();

function currentView() {
  const path = location.pathname.startsWith(MOUNT) ? location.pathname.slice(MOUNT.length) : "";
  return path.replace(/\/+$/, "");
}

function href(view) {
  return MOUNT + view;
}

function navigate(view, { replace = false } = {}) {
  history[replace ? "replaceState" : "pushState"](null, "", href(view));
  render();
}

function freshLifetime() {
  viewLifetime.abort();
  viewLifetime = new AbortController();
  return viewLifetime.signal;
}

function render(message = null) {
  const signal = freshLifetime();
  if (!session.signedIn) {
    document.title = "Sign in · Synq";
    app.replaceChildren(signInPage({ session, message, signedIn: () => render() }));
    return;
  }
  if (currentView() === "") {
    navigate(LANDING, { replace: true });
    return;
  }
  const route = VIEWS[currentView()];
  const allowed = route && (!route.adminOnly || session.isAdmin);
  const main = element("main", { id: "main", tabIndex: -1 });
  app.replaceChildren(topBar({ session, href, active: allowed ? route.nav : null }), main);
  const context = { session, signal, href, navigate, main };
  (allowed ? route.show : notFoundView)(context);
  const heading = main.querySelector("h1");
  document.title = `${heading ? heading.textContent : "Synq"} · Synq`;
  main.focus({ preventScroll: true });
}

/** Links inside the dashboard change the view without loading the page again. */
function followInternalLinks(event) {
  const link = event.target.closest("a[href]");
  if (
    !link ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    link.origin !== location.origin ||
    !link.pathname.startsWith(MOUNT) ||
    (link.hash && link.pathname === location.pathname) // a place on this page
  ) {
    return;
  }
  event.preventDefault();
  history.pushState(null, "", link.pathname);
  render();
}

/** The embedded issuer publishes its discovery document; with an external one there is none. */
async function issuerIsEmbedded() {
  const response = await fetch("/.well-known/openid-configuration");
  if (response.ok) {
    return true;
  }
  if (response.status === 404) {
    return false;
  }
  throw new Error(`The server answered ${response.status}.`);
}

async function start() {
  let embedded;
  try {
    embedded = await issuerIsEmbedded();
  } catch {
    app.replaceChildren(
      element(
        "main",
        { id: "main" },
        element("h1", {}, "Synq"),
        element("p", { role: "alert", className: "alert" }, "The server could not be reached."),
      ),
    );
    return;
  }
  if (!embedded) {
    document.title = "Token inspector · Synq";
    app.replaceChildren(externalIssuerPage());
    return;
  }
  document.addEventListener("click", followInternalLinks);
  window.addEventListener("popstate", () => render());
  session.addEventListener("end", (event) => {
    if (event.detail === null) {
      history.replaceState(null, "", MOUNT); // signed out: the next sign-in starts afresh
    }
    render(event.detail);
  });
  await session.resume();
  render();
}

start();
