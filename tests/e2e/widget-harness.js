// What the widget's tests share: opening a host page, waiting for a widget, placing one, and
// what the page heard. The app's helpers (answer, enterStays, checkOn, text, ...) take a
// widget's locator in place of the page: Playwright's locators reach into open shadow roots.
import { eventually } from "./harness.js";

export const HOSTILE = "widget/hostile-host.html";
export const PLAIN = "widget/plain-host.html";

/**
 * Opens `path` on the server in a new context (its own storage), recording every
 * `staycalc-change` event, every CSP violation, page errors and console errors. Does not wait
 * for any widget. Returns { page, context, check, events, violations }.
 */
export async function openHost(browser, url, path, { width = 1280, height = 1000, locale = "en-US" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.heard = [];
    window.violations = [];
    document.addEventListener("staycalc-change", (event) =>
      window.heard.push({ id: event.target.id, detail: event.detail }),
    );
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  const response = await page.goto(url + path);
  return {
    page,
    context,
    response,
    check: async () => {
      const violations = await page.evaluate(() => window.violations);
      if (violations.length) problems.push(...violations.map((v) => `CSP violation: ${v}`));
      if (problems.length) throw new Error(problems.join("\n"));
    },
  };
}

/** The widget with element id `id`. */
export function widget(page, id) {
  return page.locator(`stay-calculator#${id}`);
}

/** Waits until widget `id` shows a number of days used; returns its locator. */
export async function widgetReady(page, id) {
  await page.waitForFunction((id) => {
    const used = document.getElementById(id)?.shadowRoot?.querySelector('[data-testid="days-used"]');
    return Boolean(used && /\d/.test(used.textContent));
  }, id);
  return widget(page, id);
}

/** Adds a `<stay-calculator id=id>` with `attributes` at the end of the page's body. */
export async function place(page, id, attributes = {}) {
  await page.evaluate(
    ([id, attributes]) => {
      const element = document.createElement("stay-calculator");
      element.id = id;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.append(element);
    },
    [id, attributes],
  );
  return widgetReady(page, id);
}

/** Sets (or, with null, removes) attribute `name` of widget `id`. */
export async function attribute(page, id, name, value) {
  await page.evaluate(
    ([id, name, value]) => {
      const element = document.getElementById(id);
      if (value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
    },
    [id, name, value],
  );
}

/** The details of the `staycalc-change` events widget `id` dispatched, in order. */
export async function heard(page, id) {
  return page.evaluate((id) => window.heard.filter((e) => e.id === id).map((e) => e.detail), id);
}

/** Waits until the last detail widget `id` dispatched has `fields` (a subset), and returns it. */
export async function lastHeard(page, id, fields) {
  let last;
  await eventually(async () => {
    last = (await heard(page, id)).at(-1);
    return Object.fromEntries(Object.keys(fields).map((name) => [name, last?.[name]]));
  }, fields);
  return last;
}
