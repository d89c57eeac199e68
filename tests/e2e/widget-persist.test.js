// <stay-calculator persist=KEY>: data it saved that cannot be read in full is said to be so, in
// the widget's own shadow root and language, and is left as it was until the user changes
// something (as the app does with its own saved data).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, eventually, rows, SCREENSHOTS, start, text } from "./harness.js";
import { PLAIN, attribute, lastHeard, openHost, place, widget } from "./widget-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** A state the widget saved, with the second stay's entry damaged (month 13). */
const DAMAGED = "v=1&rule=schengen&lang=en&on=2025-03-31&stays=2025-03-01_2025-03-10,2025-13-01_2025-03-20";

/** What local storage holds under widget key `key`. */
const stored = (page, key) => page.evaluate((key) => localStorage.getItem(`staycalc-widget:${key}`), key);

/** Stores `text` under widget key `key`, as an earlier visit would have. */
const store = (page, key, text) =>
  page.evaluate(([key, text]) => localStorage.setItem(`staycalc-widget:${key}`, text), [key, text]);

/** The widget's notice about its saved data: its kind and text, or null when there is none. */
async function notice(page, id) {
  return page.evaluate((id) => {
    const said = document.getElementById(id).shadowRoot.querySelector('[data-testid="widget-notice"]');
    return said && { kind: said.dataset.notice, text: said.textContent.trim() };
  }, id);
}

/** Lets the widget's effects run (a save would happen by then). */
const settle = (page) => page.waitForTimeout(300);

test("part of the saved data unreadable: the rest is restored, the widget says what was left out", async () => {
  const { page, check } = await openHost(app.browser, app.url, PLAIN);
  await store(page, "trip", DAMAGED);
  const kept = await place(page, "kept", { persist: "trip" });
  assert.deepEqual(await rows(kept), [
    ["2025-03-01", "2025-03-10"],
    ["", "2025-03-20"],
  ]);
  assert.equal(await text(kept, "days-used"), "10");
  const said = await notice(page, "kept");
  assert.equal(said.kind, "damaged");
  assert.match(said.text, /Part of the data this calculator saved could not be read and was left out: 1 stay date\./);
  assert.match(said.text, /stays as it was until you change something/);
  // Shown in the shadow root only: the host page has no such element.
  assert.equal(await page.locator('body > [data-testid="widget-notice"]').count(), 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-testid="widget-notice"]').length), 0);

  // Not saved over until the user changes something, even across a reload.
  await settle(page);
  assert.equal(await stored(page, "trip"), DAMAGED);
  await page.reload();
  const again = await place(page, "again", { persist: "trip" });
  await settle(page);
  assert.equal(await stored(page, "trip"), DAMAGED);
  assert.equal((await notice(page, "again")).kind, "damaged");

  await checkOn(again, "2025-04-01");
  await eventually(
    () => stored(page, "trip"),
    "v=1&rule=schengen&lang=en&on=2025-04-01&stays=2025-03-01_2025-03-10,_2025-03-20",
  );
  await check();
});

test("saved data that cannot be read at all, or comes from a newer release: the widget starts empty and says so", async () => {
  for (const [name, saved, kind] of [
    ["garbage", "\u0000}{ not saved by staycalc <script>alert(1)</script>", "unreadable"],
    ["newer", "v=9&rule=schengen&stays=2025-03-01_2025-03-10", "newer"],
  ]) {
    const { page, context, check } = await openHost(app.browser, app.url, PLAIN);
    await store(page, name, saved);
    const fresh = await place(page, "fresh", { persist: name, on: "2025-03-31" });
    assert.deepEqual(await rows(fresh), [["", ""]]);
    const said = await notice(page, "fresh");
    assert.equal(said.kind, kind);
    assert.match(said.text, /The data this calculator saved could not be read, so it starts empty/);
    await settle(page);
    assert.equal(await stored(page, name), saved, `${name} is left as it was`);
    await check();
    await context.close();
  }
});

test("given a key later, the widget says what it could not read under it, and nothing for a good key", async () => {
  const { page, check } = await openHost(app.browser, app.url, PLAIN);
  await store(page, "bad", DAMAGED);
  await store(page, "good", "v=1&rule=schengen&on=2025-03-31&stays=2025-03-05_2025-03-06");
  const later = await place(page, "later", {});
  assert.equal(await notice(page, "later"), null);
  await attribute(page, "later", "persist", "bad");
  await eventually(async () => (await notice(page, "later"))?.kind, "damaged");
  await eventually(() => rows(later), [
    ["2025-03-01", "2025-03-10"],
    ["", "2025-03-20"],
  ]);
  await settle(page);
  assert.equal(await stored(page, "bad"), DAMAGED, "not saved over on taking the key");
  await attribute(page, "later", "persist", "good");
  await eventually(() => rows(later), [["2025-03-05", "2025-03-06"]]);
  assert.equal(await notice(page, "later"), null);
  assert.equal(await stored(page, "bad"), DAMAGED);
  await check();
});

test("the notice speaks the widget's language: screenshots in en, ru and kk, light and dark", async () => {
  const { page, check } = await openHost(app.browser, app.url, PLAIN, { width: 760 });
  await store(page, "trip", DAMAGED);
  for (const [lang, words] of [
    ["en", /could not be read and was left out: 1 stay date/],
    ["ru", /не удалось прочитать, и она пропущена: 1 дата поездок/],
    ["kk", /оқылмады, сондықтан алынып тасталды: 1 сапар күні/],
  ]) {
    for (const theme of ["light", "dark"]) {
      const id = `notice-${lang}-${theme}`;
      const element = await place(page, id, { persist: "trip", lang, theme, compact: "" });
      assert.match((await notice(page, id)).text, words);
      await element.scrollIntoViewIfNeeded();
      await widget(page, id).screenshot({ path: `${SCREENSHOTS}widget-persist-${lang}-${theme}.png` });
    }
  }
  await check();
});

// The widget takes the traveller's papers as the page does (issue 12: the same inputs): a
// passport valid until 25 June 2025 ends a Schengen stay on 25 March, 3 months before, not on
// the rule's 31 March; a visa likewise; both kept under the widget's key. The compact layout
// leaves the papers' cards out, and still counts what was saved.
test("the widget takes a passport and visas, answers with them and keeps them under its key", async () => {
  const { page, check } = await openHost(app.browser, app.url, PLAIN);
  const calc = await place(page, "papers", { persist: "papers", on: "2025-03-20", rule: "schengen" });
  await calc.getByTestId("stay-entry").first().fill("2025-01-01");
  await calc.getByTestId("stay-open").first().check();
  await eventually(() => calc.getByTestId("latest-exit").getAttribute("datetime"), "2025-03-31");
  await calc.getByTestId("passport-expiry").fill("2025-06-25");
  await eventually(() => calc.getByTestId("latest-exit").getAttribute("datetime"), "2025-03-25");
  assert.match(await text(calc, "passport-leave-by"), /^Your passport ends your stay sooner: leave by 25 Mar 2025/);
  // The host page hears it as evaluateDocuments says it: the passport's day, and why.
  const detail = await lastHeard(page, "papers", { latest_exit: "2025-03-25", latest_exit_reason: "passport" });
  assert.equal(detail.max_stay_days, 6);
  assert.ok(detail.documents.bounds.some((b) => b.reason === "passport" && b.latest_exit === "2025-03-25"));
  await calc.locator("section.visas").screenshot({ path: `${SCREENSHOTS}widget-visas-en-1280.png` });
  await eventually(async () => /(^|&)pass=2025-06-25(&|$)/.test(await stored(page, "papers")), true);

  // The same key in a compact widget: the cards are left out, the answer still counts the passport.
  await page.reload();
  const compact = await place(page, "again", { persist: "papers", on: "2025-03-20", compact: "" });
  await eventually(() => compact.getByTestId("latest-exit").getAttribute("datetime"), "2025-03-25");
  assert.equal(await compact.locator("section.passport").isVisible(), false);
  assert.equal(await compact.locator("section.visas").isVisible(), false);
  assert.match(await text(compact, "passport-leave-by"), /leave by 25 Mar 2025/);
  await check();
});
