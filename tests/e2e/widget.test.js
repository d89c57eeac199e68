// <stay-calculator> on the hostile host page: it renders, answers, follows its attributes,
// tells the page its answer, keeps to itself, saves only when asked, and never holds the page up.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { answer, checkOn, enterStays, eventually, rows, start, text } from "./harness.js";
import { HOSTILE, attribute, heard, lastHeard, openHost, place, widget, widgetReady } from "./widget-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const CLI = fileURLToPath(new URL("../../target/release/staycalc", import.meta.url));

/** Swiss SEM example 2 (rules.md §7.1): control on exit 2014-11-30. */
const SEM_2 = [
  ["2014-08-15", "2014-09-30"],
  ["2014-11-01", "2014-11-30"],
];

test("the widgets render on the hostile page under its CSP, each in place of its placeholder", async () => {
  const { page, response, check } = await openHost(app.browser, app.url, HOSTILE);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  for (const id of ["first", "second"]) {
    const element = await widgetReady(page, id);
    assert.equal(await element.locator(".staycalc-placeholder").count(), 0);
    assert.equal(await element.getByTestId("days-used").textContent(), "0");
  }
  assert.equal(await widget(page, "first").locator(".staycalc").getAttribute("lang"), "en");
  assert.equal(await widget(page, "second").locator(".staycalc").getAttribute("lang"), "ru");
  // The compact one leaves out the paste box and the chart.
  assert.equal(await widget(page, "first").getByTestId("timeline-chart").isVisible(), true);
  assert.equal(await widget(page, "second").getByTestId("timeline-chart").isVisible(), false);
  assert.equal(await widget(page, "second").getByTestId("paste-input").isVisible(), false);
  assert.equal(await widget(page, "second").getByTestId("rule-select").isVisible(), true);
  await check();
});

test("Swiss SEM example 2 with on=2014-11-30: 77 days used, 13 remaining, stay until 2014-12-13", async () => {
  const { page, check } = await openHost(app.browser, app.url, HOSTILE);
  const sem = await place(page, "sem", { rule: "schengen", lang: "en", on: "2014-11-30" });
  assert.equal(await sem.getByTestId("check-date").inputValue(), "2014-11-30");
  await enterStays(sem, SEM_2);
  const shown = await eventually(
    async () => {
      const { used, remaining, latestExit, status } = await answer(sem);
      return { used, remaining, latestExit, status };
    },
    { used: "77", remaining: "13", latestExit: "2014-12-13", status: "ok" },
  );
  assert.equal(shown.used, "77");
  assert.match(await text(sem, "latest-exit"), /13 Dec 2014/);
  await check();
});

test("changing rule, lang and on updates the widget", async () => {
  const { page, check } = await openHost(app.browser, app.url, HOSTILE);
  const w = await place(page, "w", { rule: "schengen", lang: "en", on: "2025-03-31" });
  // 40 days in one stay: within Schengen's 90/180, over Kazakhstan's 30 per entry.
  await enterStays(w, [["2025-02-01", "2025-03-12"]]);
  await eventually(async () => (await answer(w)).status, "ok");

  await attribute(page, "w", "rule", "kz-visa-free");
  await eventually(() => w.getByTestId("rule-select").inputValue(), "kz-visa-free");
  // Left on 12 March, before the check date: an overstay in the past.
  await eventually(async () => (await answer(w)).status, "past_overstay");

  await attribute(page, "w", "lang", "ru");
  await eventually(() => w.locator(".staycalc").getAttribute("lang"), "ru");
  await eventually(async () => (await w.locator("#answer-heading").textContent()).trim(), "Результат расчёта");

  await attribute(page, "w", "rule", "schengen");
  await attribute(page, "w", "on", "2025-08-01");
  await eventually(() => w.getByTestId("check-date").inputValue(), "2025-08-01");
  // On 2025-08-01 the window (2025-02-03 .. 2025-08-01) holds 38 of the 40 days.
  await eventually(() => text(w, "days-used"), "38");
  // The theme is the stylesheet's: the dark palette follows the attribute.
  const background = () => w.locator(".staycalc").evaluate((e) => getComputedStyle(e).backgroundColor);
  const light = await background();
  await attribute(page, "w", "theme", "dark");
  await eventually(async () => (await background()) !== light, true);
  // Without `on`, the check date is today.
  await attribute(page, "w", "on", null);
  const today = await page.evaluate(() => {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  await eventually(() => w.getByTestId("check-date").inputValue(), today);
  await check();
});

test("staycalc-change carries the answer with the command line's JSON fields and values", async () => {
  if (!existsSync(CLI)) {
    assert.fail(`${CLI} is missing: cargo build --release --bin staycalc (make test-e2e builds it)`);
  }
  const { page, check } = await openHost(app.browser, app.url, HOSTILE);
  const sem = await place(page, "sem", { rule: "schengen", on: "2014-11-30" });
  const first = await lastHeard(page, "sem", { days_used: 0, on: "2014-11-30" });
  assert.equal(first.rule, "schengen");
  assert.equal(await page.evaluate(() => document.getElementById("sem").answer.days_used), 0);

  await enterStays(sem, SEM_2);
  const detail = await lastHeard(page, "sem", { days_used: 77, days_remaining: 13, latest_exit: "2014-12-13" });

  const dir = mkdtempSync(join(tmpdir(), "staycalc-widget-"));
  const file = join(dir, "stays.csv");
  writeFileSync(file, `entry,exit\n${SEM_2.map((s) => s.join(",")).join("\n")}\n`);
  const cli = JSON.parse(
    execFileSync(CLI, ["check", "--rule", "schengen", "--on", "2014-11-30", "--format", "json", file], { encoding: "utf8" }),
  );
  delete cli.date_format;
  // The same fields in the same order, and the same values; only the plan's `row` differs in
  // meaning: a line of the file there, a place in the list (as in the JS API) here.
  assert.deepEqual(Object.keys(detail), Object.keys(cli));
  const withoutRows = (value) => ({ ...value, plan: value.plan.map(({ row, ...rest }) => rest) });
  assert.deepEqual(withoutRows(detail), withoutRows(cli));
  assert.deepEqual(detail.plan.map((p) => p.row), [1, 2]);
  assert.deepEqual(await page.evaluate(() => document.getElementById("sem").answer), detail);

  // One event per change of the answer, not per keystroke elsewhere: a language change is quiet.
  const count = (await heard(page, "sem")).length;
  await attribute(page, "sem", "lang", "kk");
  await eventually(() => sem.locator(".staycalc").getAttribute("lang"), "kk");
  await page.waitForTimeout(200);
  assert.equal((await heard(page, "sem")).length, count);

  // No answer: the error, as the JS API throws it.
  await attribute(page, "sem", "rule", "kz-india-iran");
  await attribute(page, "sem", "on", "2021-01-01");
  const failed = await lastHeard(page, "sem", { rule: "kz-india-iran", on: "2021-01-01" });
  assert.equal(failed.error.code, "rule_not_in_force");
  assert.deepEqual(Object.keys(failed), ["rule", "on", "error"]);
  await check();
});

test("two widgets on one page do not interfere", async () => {
  const { page, check } = await openHost(app.browser, app.url, HOSTILE);
  const first = await widgetReady(page, "first");
  const second = await widgetReady(page, "second");
  await checkOn(first, "2025-03-31");
  await enterStays(first, [["2025-03-01", "2025-03-10"]]);
  await eventually(() => text(first, "days-used"), "10");
  assert.equal(await text(second, "days-used"), "0");
  assert.deepEqual(await rows(second), [["", ""]]);
  assert.equal(await second.getByTestId("rule-select").inputValue(), "kz-visa-free");

  await checkOn(second, "2025-03-31");
  await enterStays(second, [["2025-03-20", "2025-03-31"]]);
  await eventually(() => text(second, "days-used"), "12");
  assert.equal(await text(first, "days-used"), "10");

  await attribute(page, "second", "rule", "ru");
  await eventually(() => second.getByTestId("rule-select").inputValue(), "ru");
  assert.equal(await first.getByTestId("rule-select").inputValue(), "schengen");
  assert.equal((await lastHeard(page, "first", { days_used: 10 })).rule, "schengen");
  assert.equal((await lastHeard(page, "second", { days_used: 12 })).rule, "ru");

  // Adding a row focuses that widget's own new row, not the other's.
  await first.getByTestId("add-stay").click();
  await eventually(() => first.getByTestId("stay-row").count(), 2);
  await eventually(
    () => page.evaluate(() => document.activeElement?.id + " " + document.activeElement?.shadowRoot?.activeElement?.dataset.testid),
    "first stay-entry",
  );
  await check();
});

test("persist saves under its own key; without it nothing is stored or read", async () => {
  const { page, check } = await openHost(app.browser, app.url, HOSTILE);
  // The app's own data on this origin, which no widget may read.
  await page.evaluate(() => localStorage.setItem("staycalc", "v=1&rule=ru&on=2025-03-31&stays=2025-03-01_2025-03-10"));
  await widgetReady(page, "first");
  await enterStays(widget(page, "first"), [["2025-03-01", "2025-03-10"]]);
  await page.reload();
  const plain = await widgetReady(page, "first");
  assert.deepEqual(await rows(plain), [["", ""]], "nothing read");
  assert.equal(await plain.getByTestId("rule-select").inputValue(), "schengen");
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ["staycalc"], "nothing stored");

  const kept = await place(page, "kept", { persist: "trip", on: "2025-03-31" });
  await enterStays(kept, [["2025-03-01", "2025-03-10"]]);
  await eventually(() => text(kept, "days-used"), "10");
  await eventually(
    () => page.evaluate(() => localStorage.getItem("staycalc-widget:trip")),
    "v=1&rule=schengen&lang=en&on=2025-03-31&stays=2025-03-01_2025-03-10",
  );
  await page.reload();
  await widgetReady(page, "first");
  const back = await place(page, "back", { persist: "trip" });
  assert.deepEqual(await rows(back), [["2025-03-01", "2025-03-10"]]);
  assert.equal(await text(back, "days-used"), "10");
  const other = await place(page, "other", { persist: "another" });
  assert.deepEqual(await rows(other), [["", ""]]);
  const fresh = await place(page, "fresh", {});
  assert.deepEqual(await rows(fresh), [["", ""]]);
  // Given a key later, a widget takes what is saved under it.
  await attribute(page, "fresh", "persist", "trip");
  await eventually(() => rows(fresh), [["2025-03-01", "2025-03-10"]]);
  assert.deepEqual(
    (await page.evaluate(() => Object.keys(localStorage))).sort(),
    ["staycalc", "staycalc-widget:another", "staycalc-widget:trip"],
  );
  assert.equal(
    await page.evaluate(() => localStorage.getItem("staycalc")),
    "v=1&rule=ru&on=2025-03-31&stays=2025-03-01_2025-03-10",
    "the app's data is untouched",
  );
  await check();
});

test("the host page renders before the widget's WebAssembly arrives, which loads once", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const wasm = [];
  await page.route("**/*.wasm", async (route) => {
    wasm.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.goto(app.url + HOSTILE, { waitUntil: "load" });
  await eventually(() => wasm.length, 1);
  assert.equal(await page.locator("h1").isVisible(), true);
  const placeholder = widget(page, "second").locator(".staycalc-placeholder");
  assert.equal(await placeholder.textContent(), "Загрузка калькулятора срока пребывания…");
  assert.equal(await widget(page, "first").locator(".staycalc-placeholder").textContent(), "Loading the stay calculator…");
  release();
  await widgetReady(page, "first");
  await widgetReady(page, "second");
  // The main module once for both; the Russian one (second) also fetches its texts' chunks
  // (scripts/build-app.sh), each once.
  assert.equal(wasm.filter((url) => url.endsWith("/staycalc_bg.wasm")).length, 1, "one module load for both widgets");
  assert.equal(new Set(wasm).size, wasm.length, "each chunk loaded once");
  await context.close();
});

test("a widget taken out of the page is unmounted, and put back it starts afresh", async () => {
  const { page, check } = await openHost(app.browser, app.url, HOSTILE);
  const first = await widgetReady(page, "first");
  await checkOn(first, "2025-03-31");
  await enterStays(first, [["2025-03-01", "2025-03-10"]]);
  await eventually(() => text(first, "days-used"), "10");
  // Moved within the page: kept as it is.
  await page.evaluate(() => document.body.prepend(document.getElementById("first")));
  await page.waitForTimeout(100);
  assert.equal(await text(first, "days-used"), "10");
  // Removed: its view is gone; back in the page: a new, empty calculator.
  await page.evaluate(() => {
    window.parked = document.getElementById("first");
    window.parked.remove();
  });
  await eventually(() => page.evaluate(() => window.parked.shadowRoot.querySelectorAll(".staycalc").length), 0);
  await page.evaluate(() => document.body.append(window.parked));
  await widgetReady(page, "first");
  assert.deepEqual(await rows(first), [["", ""]]);
  await check();
});
