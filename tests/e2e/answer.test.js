// Entering stays and reading each answer.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answer, checkOn, enterStays, eventually, fillLastRow, open, rows, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

test("Swiss SEM example 2: 77 days used, 13 remaining, stay until 2014-12-13", async () => {
  // Source: rules.md §7.1 example 2 (control on exit 2014-11-30).
  const { page, check } = await open(app.browser, app.url);
  await page.getByTestId("rule-select").selectOption("schengen");
  await checkOn(page, "2014-11-30");
  await enterStays(page, [
    ["2014-08-15", "2014-09-30"],
    ["2014-11-01", "2014-11-30"],
  ]);
  const shown = await eventually(
    async () => {
      const { used, remaining, latestExit } = await answer(page);
      return { used, remaining, latestExit };
    },
    { used: "77", remaining: "13", latestExit: "2014-12-13" },
  );
  assert.equal(shown.used, "77");
  assert.equal(await page.getByTestId("status").getAttribute("data-status"), "ok");
  assert.match(await text(page, "latest-exit"), /13 Dec 2014/);
  check();
});

test("Swiss SEM example 5b: back on 2014-08-30, 88 used, stay to 2014-10-18, full stay from 2014-09-08", async () => {
  // Source: rules.md §7.1 example 5b (reference period from 2014-03-04, up to 50 days).
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2014-08-30");
  await enterStays(page, [
    ["2013-09-01", "2013-09-30"],
    ["2014-02-21", "2014-04-20"],
    ["2014-05-01", "2014-06-09"],
  ]);
  await eventually(
    async () => {
      const { used, remaining, latestExit, earliestFullStay } = await answer(page);
      return { used, remaining, latestExit, earliestFullStay };
    },
    { used: "88", remaining: "2", latestExit: "2014-10-18", earliestFullStay: "2014-09-08" },
  );
  const card = page.locator(".number", { has: page.getByTestId("latest-exit") });
  assert.match(await card.textContent(), /50 days/);
  assert.match(await page.locator(".answer").textContent(), /in the window 4 Mar – 30 Aug 2014/);
  assert.match(await text(page, "status"), /./);
  // Days remaining is said plainly not to be the longest stay.
  assert.match(await page.locator(".remaining-note").textContent(), /not the longest stay/);
  check();
});

test("the answer follows each edit as it is typed", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-06-30");
  await enterStays(page, [["2025-06-01", "2025-06-10"]]);
  await eventually(() => text(page, "days-used"), "10");
  await page.getByTestId("stay-exit").first().fill("2025-06-20");
  await eventually(() => text(page, "days-used"), "20");
  await page.getByTestId("stay-delete").first().click();
  await eventually(() => text(page, "days-used"), "0");
  check();
});

test("add-stay appends an empty row and focuses its entry", async () => {
  const { page, check } = await open(app.browser, app.url);
  const before = await page.getByTestId("stay-row").count();
  await page.getByTestId("add-stay").click();
  await eventually(() => page.getByTestId("stay-row").count(), before + 1);
  assert.deepEqual((await rows(page)).at(-1), ["", ""]);
  await eventually(
    () => page.evaluate(() => document.activeElement?.getAttribute("data-testid")),
    "stay-entry",
  );
  check();
});

test("rows keep the order typed until sorted", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-12-31");
  await enterStays(page, [
    ["2025-05-01", "2025-05-03"],
    ["2025-01-10", "2025-01-12"],
  ]);
  assert.deepEqual(await rows(page), [
    ["2025-05-01", "2025-05-03"],
    ["2025-01-10", "2025-01-12"],
  ]);
  await page.getByTestId("sort-stays").click();
  await eventually(() => rows(page), [
    ["2025-01-10", "2025-01-12"],
    ["2025-05-01", "2025-05-03"],
  ]);
  check();
});

test("a trip after the check date is marked planned and gets a verdict", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-15");
  await enterStays(page, [
    ["2025-01-01", "2025-02-28"],
    ["2025-05-01", "2025-06-15"],
  ]);
  const planned = page.getByTestId("stay-row").nth(1);
  await eventually(() => planned.evaluate((row) => row.classList.contains("planned")), true);
  assert.equal(await page.getByTestId("stay-row").first().evaluate((r) => r.classList.contains("planned")), false);
  // 59 days in Jan-Feb and 46 planned in May-June: the plan breaks the 90-day limit.
  const verdict = await text(page, "trip-verdict");
  assert.match(verdict, /^1 May – 15 Jun 2025: breaks the rule from /);
  check();
});

test("a stay one is still on counts through the check date", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-06-10");
  await fillLastRow(page, "2025-06-01");
  await page.getByTestId("stay-open").first().check();
  await eventually(() => text(page, "days-used"), "10");
  assert.equal(await page.getByTestId("stay-exit").first().isDisabled(), true);
  check();
});

test("a row still being typed is left out and says why", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-06-30");
  await fillLastRow(page, "2025-06-01");
  const issue = page.locator(".row-issue").first();
  await eventually(async () => (await issue.textContent()).includes("enter the exit date"), true);
  assert.equal(await text(page, "days-used"), "0");
  await page.getByTestId("stay-exit").first().fill("2025-05-01");
  await eventually(async () => (await issue.textContent()).includes("before the entry"), true);
  check();
});

test("destination and nationality choose the rule, which shows its source", async () => {
  const { page, check } = await open(app.browser, app.url);
  await page.getByTestId("destination").selectOption("Kazakhstan");
  await page.getByTestId("nationality").selectOption("CN");
  await eventually(() => page.getByTestId("rule-select").inputValue(), "kz-china");
  const info = page.locator(".rule-details");
  await eventually(async () => /Citizens of the People's Republic of China/.test(await info.textContent()), true);
  const details = await info.textContent();
  assert.match(details, /Source/);
  assert.match(details, /Confidence/);
  assert.match(details, /Last checked/);
  assert.match(details, /at most 90 days in any 180 days; at most 30 days per stay/);
  await page.getByTestId("nationality").selectOption("");
  await eventually(() => page.getByTestId("rule-select").inputValue(), "kz-visa-free");
  check();
});

test("custom numbers make a rule of their own", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-12-31");
  await enterStays(page, [["2025-01-01", "2025-04-30"]]);
  await eventually(async () => (await answer(page)).overstay, "0");
  await page.getByTestId("rule-select").selectOption("custom");
  await page.getByTestId("custom-window").fill("365");
  await page.getByTestId("custom-max").fill("100");
  await eventually(async () => (await answer(page)).used, "120");
  // 120 days in the window, but the stay ended on 30 April: an overstay in the past.
  await eventually(async () => (await answer(page)).status, "past_overstay");
  await page.getByTestId("custom-max").fill("400");
  await eventually(async () => /is not a whole number|no rule/.test(await page.locator(".rule-details").textContent()), true);
  check();
});
