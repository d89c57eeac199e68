// The team page keeps what was typed across a reload: the pasted rows, the settings, the
// table's order and filters, and the edits made in place (tied to the rows they were made to).
// Files are never kept; damaged or unavailable storage never breaks the page; "forget" asks
// first and clears everything.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { eventually, screenshot, start } from "./harness.js";
import { EXAMPLE, load, openTeam, reportJson, table, temporary } from "./team-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2026-05-20";
const KEY = "staycalc.team";
// The example file's rows as a text box holds them (its line ends are line feeds).
const ROWS = readFileSync(EXAMPLE, "utf8").replaceAll("\r\n", "\n");
/** The example file with Ana's first stay ending a month later, as the edit below makes it. */
const EDITED = ROWS.replace("2026-01-05,2026-01-20", "2026-01-05,2026-02-20");

/** What local storage holds under `key`. */
const stored = (page, key = KEY) => page.evaluate((key) => localStorage.getItem(key), key);

/** Reloads the page and waits for it to be ready. */
async function reload(page) {
  await page.reload();
  await page.getByTestId("team-file").waitFor({ state: "attached" });
}

/** Sets the check date, pastes `rows` and checks them. */
async function paste(page, rows, on = ON) {
  await page.getByTestId("team-date").fill(on);
  // As a paste would: the whole text at once, then one input event.
  await page.getByTestId("team-paste").evaluate((box, rows) => {
    box.value = rows;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, rows);
  await page.getByTestId("team-run").click();
  await page.getByTestId("team-count").waitFor();
}

/** Opens Ana and makes her first stay end a month later; waits for her line to say so. */
async function editAna(page) {
  await page.getByRole("button", { name: "Open Berg, Ana" }).click();
  const panel = page.getByTestId("team-person");
  await panel.getByTestId("stay-exit").first().fill("2026-02-20");
  const ana = reportJson(temporary("edited.csv", EDITED), ON).find((p) => p.person === "Berg, Ana");
  await eventually(async () => (await table(page)).find((l) => l.person === "Berg, Ana").daysUsed, ana.days_used);
  await panel.getByTestId("team-person-close").click();
  return ana;
}

/** The notice of `testid` with `data-kind` `kind`. */
const notice = (page, testid, kind) => page.locator(`[data-testid="${testid}"][data-kind="${kind}"]`);

test("pasted rows and an edit survive a reload: same table, edits applied again, and said so", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await paste(page, ROWS);
  const ana = await editAna(page);
  const before = await table(page);
  assert.equal(await notice(page, "team-edits-notice", "applied").getAttribute("data-people"), "1");

  await reload(page);
  await page.getByTestId("team-count").waitFor();
  assert.equal(await page.getByTestId("team-paste").inputValue(), ROWS);
  assert.equal(await page.getByTestId("team-date").inputValue(), ON);
  await eventually(() => table(page), before);
  const restored = notice(page, "team-edits-notice", "restored");
  assert.equal(await restored.getAttribute("data-people"), "1");
  assert.match(await restored.textContent(), /edits to 1 person from your last visit are applied again/);
  // The whole table is the command line's for the file as edited.
  const expected = reportJson(temporary("edited.csv", EDITED), ON);
  assert.deepEqual(
    (await table(page)).map((l) => [l.person, l.daysUsed, l.status]),
    expected.map((p) => [p.person, p.days_used, p.status]),
  );
  // Ana's stays show the edit.
  await page.getByRole("button", { name: "Open Berg, Ana" }).click();
  assert.equal(await page.getByTestId("team-person").getByTestId("stay-exit").first().inputValue(), "2026-02-20");
  assert.equal((await table(page)).find((l) => l.person === "Berg, Ana").daysUsed, ana.days_used);
  check();
});

test("typing in the paste box saves once the typing pauses; a reload or a hidden page right after keeps every key", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await paste(page, ROWS);
  await eventually(async () => (await stored(page))?.includes("Ben Okafor"), true);
  // Count the page's writes from here on.
  await page.evaluate(() => {
    window.writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (...args) {
      window.writes += 1;
      return setItem.apply(this, args);
    };
  });
  /** Types `keys` at the end of the paste box, one input event each, as fast as a person might. */
  const type = (keys) =>
    page.getByTestId("team-paste").evaluate(async (box, keys) => {
      for (const key of keys) {
        box.value += key;
        box.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }, keys);
  const line = "Zoe Quick,Sales,zoe@example.com,2026-05-01,2026-05-02,,no,\n";
  await type(line);
  const writes = await page.evaluate(() => window.writes);
  assert.ok(writes <= 2, `${writes} writes while ${line.length} keys were typed`);
  await eventually(async () => (await stored(page)).includes("Zoe Quick"), true);
  assert.ok((await page.evaluate(() => window.writes)) <= 3);

  // Left right after typing: the last keys are saved as the page goes.
  await type("Yan");
  await reload(page);
  assert.equal(await page.getByTestId("team-paste").inputValue(), `${ROWS}${line}Yan`);
  // Hidden right after typing (another tab, another app): saved at once.
  await type("ko");
  const saved = await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
    return localStorage.getItem("staycalc.team");
  });
  assert.ok(saved.includes(`Yanko`), "saved when hidden");
  check();
});

test("discarding the edits asks first, then shows the rows as they are, also after a reload", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await paste(page, ROWS);
  await editAna(page);
  await page.getByTestId("team-discard").click();
  await page.getByTestId("team-discard-cancel").click();
  assert.equal(await page.getByTestId("team-edits-notice").count(), 1);
  await page.getByTestId("team-discard").click();
  await page.getByTestId("team-discard-yes").click();
  const plain = reportJson(EXAMPLE, ON).map((p) => [p.person, p.days_used]);
  await eventually(async () => (await table(page)).map((l) => [l.person, l.daysUsed]), plain);
  assert.equal(await page.getByTestId("team-edits-notice").count(), 0);
  await reload(page);
  await page.getByTestId("team-count").waitFor();
  await eventually(async () => (await table(page)).map((l) => [l.person, l.daysUsed]), plain);
  assert.equal(await page.getByTestId("team-edits-notice").count(), 0);
  check();
});

test("settings, order, filters and page size survive a reload", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await page.getByTestId("team-rule").selectOption("kz-visa-free");
  await page.getByTestId("team-threshold").fill("45");
  await page.getByTestId("team-threshold").dispatchEvent("change");
  await paste(page, ROWS, "2026-04-01");
  const header = page.locator('th[data-column="days-remaining"]');
  await header.getByRole("button").click();
  await header.getByRole("button").click();
  await page.getByTestId("team-filter-column").selectOption({ label: "department" });
  await page.getByTestId("team-filter-value").fill("a");
  await page.getByTestId("team-search").fill("e");
  await page.getByTestId("team-page-size").selectOption("50");
  const before = await table(page);
  assert.ok(before.length > 1, `${before.length} lines shown`);

  await reload(page);
  await page.getByTestId("team-count").waitFor();
  assert.equal(await page.getByTestId("team-date").inputValue(), "2026-04-01");
  assert.equal(await page.getByTestId("team-rule").inputValue(), "kz-visa-free");
  assert.equal(await page.getByTestId("team-threshold").inputValue(), "45");
  assert.equal(await header.getAttribute("aria-sort"), "descending");
  assert.equal(await page.getByTestId("team-filter-column").inputValue(), "0");
  assert.equal(await page.getByTestId("team-filter-value").inputValue(), "a");
  assert.equal(await page.getByTestId("team-search").inputValue(), "e");
  assert.equal(await page.getByTestId("team-page-size").inputValue(), "50");
  assert.deepEqual(await table(page), before);
  assert.match(await page.getByTestId("team-checked-on").textContent(), /1 Apr 2026/);
  check();
});

test("a file is not kept: the page says so, and the same file chosen again gets its edits back", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, EXAMPLE, ON);
  const ana = await editAna(page);
  await eventually(async () => (await stored(page))?.includes("edit=Berg, Ana"), true);
  assert.ok(!(await stored(page)).includes("Ben Okafor"), "the file's rows are not stored");

  await reload(page);
  const waiting = notice(page, "team-notice", "file-not-kept");
  assert.match(await waiting.textContent(), /Your last file, team\.csv, is not kept .* your edits to 1 person again/);
  assert.equal(await page.getByTestId("team-row").count(), 0);
  await screenshots(page, "file-not-kept");
  await page.getByTestId("team-file").setInputFiles(EXAMPLE);
  await page.getByTestId("team-count").waitFor();
  assert.equal(await waiting.count(), 0);
  assert.equal(await notice(page, "team-edits-notice", "restored").getAttribute("data-people"), "1");
  await eventually(async () => (await table(page)).find((l) => l.person === "Berg, Ana").daysUsed, ana.days_used);

  // Another file: the edits are kept, not applied, and the page says why.
  const other = temporary("other.csv", ROWS.replace("Ben Okafor", "Ben Okafor-Smith"));
  await page.getByTestId("team-file").setInputFiles(other);
  await eventually(() => notice(page, "team-edits-notice", "elsewhere").count(), 1);
  assert.match(
    await notice(page, "team-edits-notice", "elsewhere").textContent(),
    /edits to 1 person were made to another file, team\.csv: they are kept, not applied/,
  );
  const plainAna = reportJson(EXAMPLE, ON).find((p) => p.person === "Berg, Ana");
  assert.equal((await table(page)).find((l) => l.person === "Berg, Ana").daysUsed, plainAna.days_used);
  await page.getByTestId("team-file").setInputFiles(EXAMPLE);
  await eventually(() => notice(page, "team-edits-notice", "restored").count(), 1);
  check();
});

test("damaged saved data: the page loads, says so, and keeps what it can", async () => {
  const damaged = [
    "v=1",
    "rule=atlantis",
    `on=${ON}`,
    "warn=lots",
    "sort=person.sideways",
    "source=pasted",
    "edits=0123456789abcdef-1",
    "edit=Nobody\tatlantis\t",
    "search=Okafor",
    `text=${ROWS.replaceAll("%", "%25").replaceAll("\n", "%0A")}`,
  ].join("\n");
  const { page, context, check } = await openTeam(app.browser, app.url);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, damaged]);
  await reload(page);
  await page.getByTestId("team-count").waitFor();
  const said = notice(page, "team-notice", "damaged");
  assert.match(await said.textContent(), /could not be read: 4 entries left out, the rest restored/);
  assert.equal(await page.getByTestId("team-paste").inputValue(), ROWS);
  assert.equal(await page.getByTestId("team-search").inputValue(), "Okafor");
  assert.deepEqual((await table(page)).map((l) => l.person), ["Ben Okafor"]);
  assert.equal(await page.getByTestId("team-rule").inputValue(), "schengen");
  await screenshots(page, "damaged");
  // Dismissed, it is gone; the damaged text is replaced by a good one at the next change.
  await said.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await said.count(), 0);
  await page.getByTestId("team-search").fill("");
  // Saved once the change has settled (a save waits for changes to pause).
  await eventually(async () => /atlantis|search=/.test(await stored(page)), false);
  check();

  for (const [text, kind, words] of [
    ["\u0000}{ <script>alert(1)</script> not ours", "unreadable", /could not be read, so the page starts empty/],
    ["v=9\nrule=schengen", "newer", /from a newer version of this page/],
  ]) {
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, text]);
    await reload(page);
    assert.match(await notice(page, "team-notice", kind).textContent(), words);
    // Kept aside, not overwritten, and the page still checks rows.
    assert.equal(await stored(page, "staycalc.team.unread"), text);
    await paste(page, "person,entry,exit\nZoe,2026-05-01,2026-05-02\n");
    assert.deepEqual((await table(page)).map((l) => l.person), ["Zoe"]);
    await eventually(async () => (await stored(page))?.includes("Zoe"), true);
  }
  await context.close();
  check();
});

test("storage that refuses to save never breaks the page, and the page says what will be lost", async () => {
  const { page, context, check } = await openTeam(app.browser, app.url);
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await reload(page);
  await paste(page, ROWS);
  assert.equal((await table(page)).length, reportJson(EXAMPLE, ON).length);
  assert.match(await notice(page, "team-save-problem", "off").textContent(), /will be gone after a reload/);
  await editAna(page);
  check();
});

test("pasted rows over 2 MB are checked but not kept, and the page says so now and after a reload", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  const line = "Person %d,Sales,person@example.com,2026-01-05,2026-01-20,,no,some notes to make the line longer\n";
  const header = ROWS.split("\n")[0] + "\n";
  let big = header;
  for (let i = 0; big.length <= 2 * 1024 * 1024; i++) big += line.replace("%d", i);
  await paste(page, big);
  const said = notice(page, "team-save-problem", "too-large");
  assert.match(await said.textContent(), /These pasted rows \(2(\.\d)?\u00a0MB\) are too large to keep in this browser \(limit 2\u00a0MB\)/);
  await page.getByTestId("team-rule").selectOption("kz-visa-free");
  await eventually(async () => (await stored(page)).includes("rule=kz-visa-free"), true);
  assert.ok((await stored(page)).length < 1000, "the rows are not stored");
  await screenshots(page, "too-large");

  await reload(page);
  assert.match(
    await notice(page, "team-notice", "text-not-kept").textContent(),
    /The rows you pasted last time \(2(\.\d)?\u00a0MB\) could not be kept/,
  );
  assert.equal(await page.getByTestId("team-rule").inputValue(), "kz-visa-free");
  assert.equal(await page.getByTestId("team-paste").inputValue(), "");
  check();
});

test("forget asks first, then clears the page and what it kept; a reload starts empty", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await paste(page, ROWS);
  await editAna(page);
  await page.getByTestId("team-search").fill("Berg");
  await page.getByTestId("team-forget").click();
  assert.equal(await page.getByTestId("team-forget").getAttribute("aria-expanded"), "true");
  await page.getByTestId("team-forget-cancel").click();
  assert.equal(await page.getByTestId("team-row").count(), 1);
  await eventually(async () => (await stored(page))?.includes("search=Berg"), true);

  await page.getByTestId("team-forget").click();
  await page.getByTestId("team-forget-yes").click();
  assert.equal(await page.getByTestId("team-row").count(), 0);
  assert.equal(await page.getByTestId("team-paste").inputValue(), "");
  assert.equal(await page.getByTestId("team-edits-notice").count(), 0);
  await eventually(() => stored(page), null);

  await reload(page);
  assert.equal(await page.getByTestId("team-paste").inputValue(), "");
  assert.equal(await page.getByTestId("team-row").count(), 0);
  assert.equal(await page.locator('[data-testid="team-notice"], [data-testid="team-edits-notice"]').count(), 0);
  assert.equal(await page.getByTestId("team-rule").inputValue(), "schengen");
  assert.equal(await stored(page), null);
  check();
});

test("the notices follow the language", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, EXAMPLE, ON);
  await editAna(page);
  await reload(page);
  await page.getByTestId("language").selectOption("ru");
  await eventually(
    async () => /Последний файл \(«team\.csv»\)/.test(await notice(page, "team-notice", "file-not-kept").textContent()),
    true,
  );
  await page.getByTestId("team-file").setInputFiles(EXAMPLE);
  await eventually(
    async () => /снова применены к данным 1 человека/.test(await page.getByTestId("team-edits-notice").textContent()),
    true,
  );
  await page.getByTestId("language").selectOption("kk");
  await eventually(
    async () => /қайта қолданылды \(1 адам\)/.test(await page.getByTestId("team-edits-notice").textContent()),
    true,
  );
  await screenshots(page, "kk-restored", { desktopOnly: true });
  check();
});

for (const [size, viewport] of Object.entries({
  desktop: { width: 1280, height: 1000 },
  phone: { width: 360, height: 740 },
})) {
  test(`${size}: screenshot of a restored page with its notices`, async () => {
    const { page, check } = await openTeam(app.browser, app.url, viewport);
    await paste(page, ROWS);
    await editAna(page);
    await reload(page);
    await page.getByTestId("team-count").waitFor();
    await notice(page, "team-edits-notice", "restored").waitFor();
    await screenshot(page, `team-persist-${size}-restored`, { fullPage: true });
    await page.getByTestId("team-forget").click();
    await page.locator("#team-forget-question").scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL(`./screenshots/team-persist-${size}-forget.png`, import.meta.url).pathname });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
    check();
  });
}

/** Screenshots of the top of the page (where the notices are), at desktop and phone widths. */
async function screenshots(page, name, { desktopOnly = false } = {}) {
  const viewport = page.viewportSize();
  await screenshot(page, `team-persist-desktop-${name}`);
  if (!desktopOnly) {
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, `team-persist-phone-${name}`);
    await page.setViewportSize(viewport);
  }
}
