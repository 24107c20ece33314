import { actionTable, alertBox, element, field } from "../dom.js";
import { errorText } from "../http.js";

const PAGE_SIZE = 10;

/**
 * The organization's products, a page at a time along the API's cursor. Create and edit for roles
 * that may (edits carry If-Match, so a stale one is refused with 412), delete for admins. Controls
 * a role may not use are not shown; the server decides all the same.
 */
export function productsView({ main, session }) {
  const alert = alertBox();
  const panel = element("div", { className: "panel" });
  const rows = element("tbody");
  const position = element("span", { className: "position" });
  const previous = element("button", { type: "button", onclick: () => show(page - 1) }, "Previous");
  const next = element("button", { type: "button", onclick: () => show(page + 1) }, "Next");
  /** The cursor of every page reached so far: null for the first. */
  const cursors = [null];
  let page = 0;

  async function show(wanted) {
    const cursor = cursors[wanted];
    const query = `limit=${PAGE_SIZE}` + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : "");
    const response = await session.api(`/api/v1/products?${query}`);
    if (!response.ok) {
      alert.textContent = await errorText(response);
      return;
    }
    const { items, next_cursor: nextCursor } = await response.json();
    page = wanted;
    cursors.length = page + 1;
    if (nextCursor) {
      cursors.push(nextCursor);
    }
    rows.replaceChildren(...items.map(row));
    if (items.length === 0) {
      rows.append(element("tr", {}, element("td", { colSpan: 4 }, "No products yet.")));
    }
    previous.disabled = page === 0;
    next.disabled = !nextCursor;
    position.textContent = `Page ${page + 1}`;
  }

  const reload = () => show(page);

  function row(product) {
    const actions = element("td", { className: "row-actions" });
    if (session.canEdit) {
      actions.append(
        element(
          "button",
          { type: "button", "aria-label": `Edit ${product.sku}`, onclick: () => edit(product) },
          "Edit",
        ),
      );
    }
    if (session.isAdmin) {
      actions.append(
        element(
          "button",
          { type: "button", className: "danger", "aria-label": `Delete ${product.sku}`, onclick: () => confirmDelete(product) },
          "Delete",
        ),
      );
    }
    return element(
      "tr",
      { "data-sku": product.sku },
      element("td", {}, element("code", {}, product.sku)),
      element("td", {}, product.name, product.description ? element("small", {}, product.description) : null),
      element("td", { className: "price" }, `${product.price.amount} ${product.price.currency}`),
      actions,
    );
  }

  function edit(product) {
    panel.replaceChildren(
      productForm({
        title: `Edit ${product.sku}`,
        product,
        save: (details, current) =>
          session.api(`/api/v1/products/${encodeURIComponent(current.id)}`, {
            method: "PUT",
            headers: { "If-Match": `"${current.version}"` },
            body: details,
          }),
        reloadCurrent: async () => {
          const response = await session.api(`/api/v1/products/${encodeURIComponent(product.id)}`);
          return response.ok ? response.json() : null;
        },
        done: closePanelAndReload,
        cancel: () => panel.replaceChildren(),
      }),
    );
    panel.querySelector("input").focus();
  }

  function create() {
    panel.replaceChildren(
      productForm({
        title: "New product",
        product: null,
        save: (details) => session.api("/api/v1/products", { method: "POST", body: details }),
        done: closePanelAndReload,
        cancel: () => panel.replaceChildren(),
      }),
    );
    panel.querySelector("input").focus();
  }

  function confirmDelete(product) {
    const problem = alertBox();
    const remove = element("button", { type: "button", className: "danger" }, "Delete product");
    remove.addEventListener("click", async () => {
      const response = await session.api(`/api/v1/products/${encodeURIComponent(product.id)}`, {
        method: "DELETE",
        headers: { "If-Match": `"${product.version}"` },
      });
      if (response.ok) {
        closePanelAndReload();
      } else {
        problem.textContent = await errorText(response);
      }
    });
    panel.replaceChildren(
      element(
        "section",
        { className: "card", "aria-labelledby": "confirm-delete" },
        element("h2", { id: "confirm-delete" }, `Delete ${product.sku}?`),
        element("p", {}, `${product.name} will be gone for everyone in the organization.`),
        element(
          "div",
          { className: "actions" },
          remove,
          element("button", { type: "button", onclick: () => panel.replaceChildren() }, "Cancel"),
        ),
        problem,
      ),
    );
    remove.focus();
  }

  function closePanelAndReload() {
    panel.replaceChildren();
    reload();
  }

  main.append(
    element(
      "div",
      { className: "title-row" },
      element("h1", {}, "Products"),
      session.canEdit && element("button", { type: "button", onclick: create }, "New product"),
    ),
    alert,
    panel,
    actionTable(["SKU", "Name", "Price"], rows),
    element("nav", { className: "pager", "aria-label": "Pages" }, previous, position, next),
  );
  show(0);
}

/**
 * The fields of a product. Saving an edit that the server refuses as stale (412) offers to load
 * the product as it is now, in place of what was typed.
 */
function productForm({ title, product, save, reloadCurrent, done, cancel }) {
  let current = product;
  const sku = element("input", { required: true, autocomplete: "off" });
  const name = element("input", { required: true, autocomplete: "off" });
  const description = element("input", { autocomplete: "off" });
  const amount = element("input", { required: true, inputMode: "decimal", autocomplete: "off" });
  const currency = element("input", { required: true, maxLength: 3, autocomplete: "off", className: "currency" });
  const problem = alertBox();
  const offer = element("div", { className: "actions" });

  function fill(from) {
    sku.value = from?.sku ?? "";
    name.value = from?.name ?? "";
    description.value = from?.description ?? "";
    amount.value = from?.price.amount ?? "";
    currency.value = from?.price.currency ?? "";
  }
  fill(product);

  const form = element(
    "form",
    {
      className: "card",
      onsubmit: async (event) => {
        event.preventDefault();
        problem.textContent = "";
        offer.replaceChildren();
        const response = await save(
          {
            sku: sku.value.trim(),
            name: name.value.trim(),
            description: description.value.trim() === "" ? null : description.value.trim(),
            price: { amount: amount.value.trim(), currency: currency.value.trim().toUpperCase() },
          },
          current,
        );
        if (response.ok) {
          done();
          return;
        }
        problem.textContent = await errorText(response);
        if (response.status === 412 && reloadCurrent) {
          problem.textContent += " Someone changed this product since you opened it.";
          offer.append(
            element(
              "button",
              {
                type: "button",
                onclick: async () => {
                  const latest = await reloadCurrent();
                  if (latest) {
                    current = latest;
                    fill(latest);
                    problem.textContent = "";
                    offer.replaceChildren();
                  }
                },
              },
              "Reload",
            ),
          );
        }
      },
    },
    element("h2", {}, title),
    element(
      "div",
      { className: "fields" },
      field("SKU", sku),
      field("Name", name),
      field("Description", description),
      field("Price", amount),
      field("Currency", currency),
    ),
    problem,
    offer,
    element(
      "div",
      { className: "actions" },
      element("button", { type: "submit" }, "Save"),
      element("button", { type: "button", onclick: cancel }, "Cancel"),
    ),
  );
  return form;
}
