// The team view with a passport column: people whose passport fails the stay under way or a
// planned trip are flagged with the trip and the date a new passport is needed by, as the
// release command line reports them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { eventually, screenshot, start } from "./harness.js";
import { nextTrip, openLoaded, reportJson, rowMarker, table, temporary } from "./team-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2026-01-15";

// The same planned trip in March 2026 for everyone: Ana's passport expires two months after
// it ends, Ben's is fine, Cem's was issued eleven years before it starts, Dan gives none, and
// Eva's rows disagree on hers.
const FILE = temporary(
  "team-passport.csv",
  [
    "person,department,entry,exit,planned,passport expiry,passport issued",
    "Ana Berg,Sales,01.11.2025,10.11.2025,no,15.05.2026,",
    "Ana Berg,Sales,01.03.2026,15.03.2026,yes,,",
    "Ben Okafor,Legal,01.03.2026,15.03.2026,yes,01.01.2030,01.06.2020",
    "Cem Kaya,Legal,01.03.2026,15.03.2026,yes,01.01.2030,01.02.2015",
    "Dan Lee,Sales,01.03.2026,15.03.2026,yes,,",
    "Eva Novak,Sales,01.12.2025,05.12.2025,no,01.01.2031,",
    "Eva Novak,Sales,01.03.2026,15.03.2026,yes,01.01.2032,",
    "",
  ].join("\n"),
);

const open = (viewport) => openLoaded(app, FILE, ON, viewport);

/** The passport marker of `person`'s row: its check and its words, or null when none. */
const marker = (page, person) => rowMarker(page, person, "team-passport");

test("a passport that fails a planned trip is flagged with the trip and the date, as the command line says", async () => {
  const { page, check } = await open();
  const expected = reportJson(FILE, ON);
  const shown = await table(page);
  // The same status as the command line's for everyone (the table in order of urgency).
  assert.deepEqual(
    Object.fromEntries(shown.map((l) => [l.person, [l.status, l.latestExit]])),
    Object.fromEntries(expected.map((p) => [p.person, [p.status, p.latest_exit]])),
  );
  const status = Object.fromEntries(shown.map((l) => [l.person, l.status]));
  assert.equal(status["Ana Berg"], "passport");
  // Entering today, Ana would have to leave 3 months before her passport expires.
  assert.equal(shown.find((l) => l.person === "Ana Berg").latestExit, "2026-02-15");
  assert.equal(status["Cem Kaya"], "passport");
  assert.equal(status["Ben Okafor"], "ok");
  assert.equal(status["Dan Lee"], "ok");
  // Eva's rows disagree: never shown as fine.
  assert.equal(status["Eva Novak"], "check_rows");
  // The papers that fail come after the people to check, before the planned trips that are fine.
  assert.deepEqual(shown.map((l) => l.person).slice(0, 3), ["Eva Novak", "Ana Berg", "Cem Kaya"]);

  assert.deepEqual(await marker(page, "Ana Berg"), {
    check: "fails",
    text:
      "Passport does not cover the trip 1–15 Mar 2026: it must be valid 3 months after the exit. " +
      "New passport needed by 1 Mar 2026.",
  });
  // The trip's own words never call it fine when the passport fails it; the days' limit
  // comes after, as what the days alone allow.
  const ana = await nextTrip(page, "Ana Berg");
  assert.match(
    ana,
    /^1–15 Mar 2026: the passport does not cover this trip; new passport needed by 1 Mar 2026\. Counting days only, the stay could last until \d+ \w+ 2026\.$/,
  );
  assert.doesNotMatch(ana, /fine/);
  assert.doesNotMatch(await nextTrip(page, "Cem Kaya"), /fine/);
  assert.match(await nextTrip(page, "Ben Okafor"), /^1–15 Mar 2026: fine; you could stay until/);
  // Eva's rows are read and counted; only her passport value conflicts: the heading says so.
  assert.equal(
    (await page.getByTestId("team-errors-heading").textContent()).trim(),
    "1 row gives another passport date than the person's other rows: its stays are counted, " +
      "the person's passport is not checked; every other row was checked",
  );
  const cem = await marker(page, "Cem Kaya");
  assert.match(cem.text, /must be issued within 10 years before the entry/);
  assert.equal(await marker(page, "Ben Okafor"), null);
  assert.equal(await marker(page, "Dan Lee"), null);
  assert.deepEqual(await marker(page, "Eva Novak"), {
    check: "not_checked",
    text: "Passport not checked: check this person's rows",
  });
  // Nor is her next trip called fine: the cell says her passport could not be checked, and why.
  const eva = await nextTrip(page, "Eva Novak");
  assert.match(
    eva,
    /^1–15 Mar 2026: the passport could not be checked for this trip: this person's rows give different passport dates or could not be read\. Counting days only, the stay could last until \d+ \w+ 2026\.$/,
  );
  assert.doesNotMatch(eva, /fine/);
  // The conflict is listed with both values.
  const errors = await page.getByTestId("team-errors").textContent();
  assert.match(errors, /01\.01\.2032/);
  assert.match(errors, /2031-01-01/);

  const counts = page.getByTestId("team-status-counts");
  assert.equal(await counts.getAttribute("data-passport"), "2");
  assert.match(await counts.textContent(), /Passport: 2/);
  await page.getByTestId("team-filter-status").selectOption("passport");
  assert.deepEqual((await table(page)).map((l) => l.person), ["Ana Berg", "Cem Kaya"]);
  await screenshot(page, "team-passport-1280-en-filtered", { fullPage: true });
  // A person's panel says it too.
  await page.getByRole("button", { name: "Open Ana Berg" }).click();
  const said = page.getByTestId("team-person").getByTestId("team-person-passport");
  assert.equal(await said.getAttribute("data-check"), "fails");
  assert.match(await said.textContent(), /New passport needed by 1 Mar 2026/);
  check();
});

test("the table for reading gains the passport column, in the page's language", async () => {
  const { page, check } = await open();
  for (const [lang, title, status, words, notCovered, fine, unchecked] of [
    ["en", "Passport", "Passport", "New passport needed by 1 Mar 2026.", "the passport does not cover this trip", "fine", /passport could not be checked for this trip: this person's rows give different passport dates/],
    ["ru", "Паспорт", "Паспорт", "Новый паспорт нужен не позднее 1\u00a0марта 2026", "паспорт не подходит для этой поездки", "нарушений нет", /паспорт для этой поездки проверить не удалось \(строки этого человека дают разные даты паспорта/],
    ["kk", "Төлқұжат", "Төлқұжат", "Жаңа төлқұжат", "төлқұжат бұл сапарға жарамайды", "бұзушылық жоқ", /төлқұжатты бұл сапарға тексеру мүмкін болмады \(бұл адамның жолдарында төлқұжат күндері әртүрлі/],
  ]) {
    await page.getByTestId("language").selectOption(lang);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("team-export-readable").click(),
    ]);
    const text = readFileSync(await download.path(), "utf8").slice(1);
    const lines = text.trim().split("\r\n");
    assert.equal(lines[0].split(",").at(-1), title, lang);
    const ana = lines.find((line) => line.startsWith("Ana Berg"));
    assert.ok(ana.includes(`,${status},`), `${lang}: ${ana}`);
    assert.ok(ana.includes(words), `${lang}: ${ana}`);
    // Ana's planned trip, in the export and the table: not covered, never fine.
    assert.ok(ana.includes(notCovered) && !ana.includes(fine), `${lang}: ${ana}`);
    // Eva's passport could not be checked: never fine, in the export and the table.
    const evaRow = lines.find((line) => line.startsWith("Eva Novak"));
    const evaTrip = await nextTrip(page, "Eva Novak");
    for (const said of [evaRow, evaTrip]) {
      assert.ok(unchecked.test(said) && !said.includes(fine), `${lang}: ${said}`);
    }
    const shownTrip = await nextTrip(page, "Ana Berg");
    assert.ok(shownTrip.includes(notCovered) && !shownTrip.includes(fine), `${lang}: ${shownTrip}`);
    // The error heading: Eva's row is counted, her passport not checked.
    const heading = await page.getByTestId("team-errors-heading").textContent();
    assert.ok(!/could not be read|не прочитан|оқылмады/.test(heading), `${lang}: ${heading}`);
    const ben = lines.find((line) => line.startsWith("Ben Okafor"));
    assert.ok(/,[^,]*2030[^,]*$/.test(ben), `${lang}: Ben's passport is valid: ${ben}`);
    // The marker in the table speaks the language too.
    assert.ok((await marker(page, "Ana Berg")).text.includes(words), lang);
    if (lang !== "en") {
      await eventually(
        () => page.getByTestId("team-row").filter({ hasText: "Ana Berg" }).getByTestId("team-status").textContent(),
        status,
      );
    }
    await screenshot(page, `team-passport-1280-${lang}`, { fullPage: true });
  }
  check();
});

test("the passport marker prints, and fits a phone", async () => {
  const { page, check } = await open({ width: 360, height: 740 });
  await screenshot(page, "team-passport-phone", { fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
  await page.emulateMedia({ media: "print" });
  const note = page.getByTestId("team-row").filter({ hasText: "Ana Berg" }).getByTestId("team-passport");
  assert.equal(await note.isVisible(), true);
  check();
});
