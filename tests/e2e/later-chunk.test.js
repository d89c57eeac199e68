// The parts of the traveller page its first answer does not need (whose trips, the rule picker,
// the check date, the papers, the paste box, the toolbar, the answer per zone, the chart, the
// summary bar...) are a chunk of the wasm (pkg/split_later.wasm, src/web/traveller/ui/later.rs):
// the answer and the stays come without it, and each part shows in its place once it is here.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, fillLastRow, ready, screenshot, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const LATER = /\/pkg\/split_later\.wasm$/;

/** Swiss SEM example 2 (rules.md §7.1), saved as an earlier visit would: 77 days used. */
const SEM_2 = "v=1&rule=schengen&on=2014-11-30&stays=2014-08-15_2014-09-30,2014-11-01_2014-11-30";

/** A page with SEM example 2 saved, whose chunk of later parts goes through `route`. */
async function opened(viewport, route) {
  // Without the service worker: once it has precached the chunk it serves it, unseen by the route.
  const context = await app.browser.newContext({ viewport, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript((saved) => localStorage.setItem("staycalc", saved), SEM_2);
  await context.route(LATER, route);
  await page.goto(app.url);
  await ready(page);
  return { context, page };
}

/** How many of the later parts' elements are on the page. */
const laterParts = (page) =>
  page.evaluate(() =>
    ["rule-select", "check-date", "people", "passport-expiry", "paste-input", "share"].filter(
      (id) => document.querySelector(`[data-testid="${id}"]`),
    ),
  );

for (const [size, viewport] of Object.entries({ desktop: { width: 1280, height: 1000 }, phone: { width: 375, height: 800 } })) {
  test(`${size}: the answer and the stays come before the later parts, which then show in their place`, async () => {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const { context, page } = await opened(viewport, async (route) => {
      await released;
      await route.continue();
    });
    assert.equal(await text(page, "days-used"), "77");
    assert.equal(await text(page, "days-remaining"), "13");
    assert.equal(await page.getByTestId("stay-row").count(), 2);
    assert.deepEqual(await laterParts(page), [], "no later part before its chunk");
    await screenshot(page, `later-held-${size}`, { fullPage: true });

    release();
    await eventually(() => laterParts(page), ["rule-select", "check-date", "people", "passport-expiry", "paste-input", "share"]);
    // The inputs show what the answer was computed from, and the answer is unchanged.
    assert.equal(await page.getByTestId("check-date").inputValue(), "2014-11-30");
    assert.equal(await page.getByTestId("rule-select").inputValue(), "schengen");
    assert.equal(await text(page, "days-used"), "77");
    await screenshot(page, `later-came-${size}`, { fullPage: true });
    await context.close();
  });
}

test("when the later parts cannot be fetched, the page still answers and takes stays", async () => {
  const { context, page } = await opened({ width: 375, height: 800 }, (route) => route.abort());
  assert.equal(await text(page, "days-used"), "77");
  await page.getByTestId("add-stay").click();
  await fillLastRow(page, "2014-10-01", "2014-10-10");
  await eventually(() => text(page, "days-used"), "87");
  assert.equal(await page.getByTestId("stay-row").count(), 3);
  assert.deepEqual(await laterParts(page), []);
  await context.close();
});
