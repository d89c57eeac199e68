// What every end-to-end test shares: the server, Debian's Chromium, and small page helpers.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "./server.js";

/** Chromium flags that work as root (Debian 12, Debian's chromium). */
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

/**
 * Starts the server and a headless Chromium (a fresh temporary profile each launch).
 * Returns { url, browser, stop }.
 */
export async function start() {
  const server = await serve();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
  return {
    url: server.url,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the app in a new context (its own storage) and waits for the first answer.
 * Page errors, console errors and dialogs fail the test at `check()`. `saved`, if given, is put in
 * local storage under the app's key before the page first loads (not again on a reload).
 */
export async function open(browser, url, { width = 1280, height = 1000, locale = "en-US", saved, serviceWorkers = "allow" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, serviceWorkers });
  const page = await context.newPage();
  if (saved !== undefined) await page.addInitScript(seed, saved);
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    // Asked for: the worker kept out of a test that watches the page's own requests.
    if (serviceWorkers === "block" && message.text() === "Service Worker registration blocked by Playwright") return;
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(url);
  await ready(page);
  return {
    page,
    context,
    check: () => {
      if (problems.length) throw new Error(problems.join("\n"));
    },
  };
}

/** Runs in the page before its scripts: stores `saved` once per tab, as an earlier visit would. */
function seed(saved) {
  if (!sessionStorage.getItem("seeded")) {
    localStorage.setItem("staycalc", saved);
    sessionStorage.setItem("seeded", "1");
  }
}

/** Waits until the answer shows a number. */
export async function ready(page) {
  await page.waitForFunction(() => {
    const used = document.querySelector('[data-testid="days-used"]');
    return used && /\d/.test(used.textContent);
  });
}

/** Polls `read` until it returns `expected` (compared as JSON), or fails after `timeout` ms. */
export async function eventually(read, expected, timeout = 5000) {
  const want = JSON.stringify(expected);
  const until = Date.now() + timeout;
  let got;
  for (;;) {
    got = await read();
    if (JSON.stringify(got) === want) return got;
    if (Date.now() > until) throw new Error(`expected ${want}, got ${JSON.stringify(got)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The text of the element with `data-testid` `id`, trimmed. */
export async function text(page, id) {
  return (await page.getByTestId(id).first().textContent()).trim();
}

/** The `datetime` of the `<time>` with `data-testid` `id`. */
export async function datetime(page, id) {
  return page.getByTestId(id).getAttribute("datetime");
}

/** The numbers of the answer, as shown. */
export async function answer(page) {
  return {
    used: await text(page, "days-used"),
    remaining: await text(page, "days-remaining"),
    latestExit: await datetime(page, "latest-exit"),
    earliestFullStay: await datetime(page, "earliest-full-stay"),
    // The line of days over the limit is shown only when there are some.
    overstay: (await page.getByTestId("overstay-days").count()) ? await text(page, "overstay-days") : "0",
    status: await page.getByTestId("status").getAttribute("data-status"),
  };
}

/** Sets the check date. */
export async function checkOn(page, date) {
  await page.getByTestId("check-date").fill(date);
}

/** Fills the last row with `entry` and `exit` (an empty exit: leaves it empty). */
export async function fillLastRow(page, entry, exit) {
  const row = page.getByTestId("stay-row").last();
  await row.getByTestId("stay-entry").fill(entry);
  if (exit) await row.getByTestId("stay-exit").fill(exit);
}

/** Enters `stays` ([entry, exit] pairs) into the list: the first in the empty row, then added rows. */
export async function enterStays(page, stays) {
  for (const [i, [entry, exit]] of stays.entries()) {
    if (i > 0) await page.getByTestId("add-stay").click();
    await fillLastRow(page, entry, exit);
  }
}

/** The [entry, exit] values of every row, in order. */
export async function rows(page) {
  return page.getByTestId("stay-row").evaluateAll((rows) =>
    rows.map((row) => [
      row.querySelector('[data-testid="stay-entry"]').value,
      row.querySelector('[data-testid="stay-exit"]').value,
    ]),
  );
}

/** Saves a screenshot as screenshots/NAME.png. */
export async function screenshot(page, name, options = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, ...options });
}
