// The team view with visa columns, from a file as Russian-locale Excel exports it: each
// person's short-stay visa is checked as the release command line checks it, a stay that
// breaks it makes the status an overstay, and the table and the person panel say which
// condition fails from which day, in en, ru and kk, at 375 and 1280 px.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, start } from "./harness.js";
import { nextTrip, openLoaded, reportJson, rowMarker, table, temporary } from "./team-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2026-01-15";

// Excel's "CSV (разделители — точка с запятой)": a byte-order mark, `;`, CR LF, headers as
// people type them (case, spaces), names quoted for their comma, a person's visa on one row
// and empty on the next, entries in words, days with their unit, trailing separators.
// Ana plans a second entry on her single-entry visa; Ben is present on a 15-day MULT visa;
// Cem's planned trip is 20 days on a 15-day visa; Dan's visa is fine; Eva's rows disagree;
// Fay stayed past her visa's UNTIL in November.
const FILE = temporary(
  "team-visa.csv",
  "\ufeff" +
    [
      "ФИО;Отдел;Дата въезда;Дата выезда;Планируется; Виза действительна С ;Виза действительна ПО;Кол-во въездов;Продолжительность пребывания;",
      '"Berg, Ana";Sales;01.12.2025;10.12.2025;нет;01.12.2025;30.06.2026;однократная;30 дней;',
      '"Berg, Ana";Sales;01.03.2026;15.03.2026;да;;;;;',
      "Ben Okafor;Legal;05.01.2026;;нет;01.01.2026;31.01.2026;MULT;15;",
      "Cem Kaya;Legal;01.03.2026;20.03.2026;да;01.03.2026;31.03.2026;2;15 дней;",
      "Dan Lee;Sales;01.03.2026;10.03.2026;да;01.03.2026;31.03.2026;многократная;15;",
      "Eva Novak;Sales;01.12.2025;05.12.2025;нет;01.12.2025;31.03.2026;MULT;30;",
      "Eva Novak;Sales;01.03.2026;15.03.2026;да;;;;31;",
      "Fay Obi;Sales;01.11.2025;20.11.2025;нет;01.11.2025;15.11.2025;1;30;",
      "",
    ].join("\r\n"),
);

const open = (viewport) => openLoaded(app, FILE, ON, viewport);

/** The visa marker of `person`'s row: its check and its words, or null when none. */
const marker = (page, person) => rowMarker(page, person, "team-visa");

/** What `person`'s panel says of their visa: its check and words. */
async function panel(page, person) {
  await page.getByTestId("team-row").filter({ hasText: person }).getByTestId("team-open").click();
  const said = page.getByTestId("team-person").getByTestId("team-person-visa");
  return { check: await said.getAttribute("data-check"), text: (await said.textContent()).trim() };
}

test("a visa a stay breaks is flagged with the condition and the day, as the command line says", async () => {
  const { page, check } = await open();
  const expected = reportJson(FILE, ON);
  const shown = await table(page);
  // The same status and latest exit as the command line's for everyone.
  assert.deepEqual(
    Object.fromEntries(shown.map((l) => [l.person, [l.status, l.latestExit]])),
    Object.fromEntries(expected.map((p) => [p.person, [p.status, p.latest_exit]])),
  );
  const status = Object.fromEntries(shown.map((l) => [l.person, l.status]));
  assert.equal(status["Berg, Ana"], "planned_overstay");
  assert.equal(status["Cem Kaya"], "planned_overstay");
  assert.equal(status["Ben Okafor"], "ok");
  assert.equal(status["Dan Lee"], "ok");
  assert.equal(status["Eva Novak"], "check_rows");
  // A past stay that broke the visa is a past overstay, within 90/180 or not.
  assert.equal(status["Fay Obi"], "past_overstay");
  // Ben's 15 days set his latest exit (5 to 19 January), long before 90/180.
  assert.equal(shown.find((l) => l.person === "Ben Okafor").latestExit, "2026-01-19");

  assert.deepEqual(await marker(page, "Fay Obi"), {
    check: "fails",
    text: "The stay 1–20 Nov 2025 breaks its visa: it goes past visa 1's UNTIL date, 15 Nov 2025, from 16 Nov 2025.",
  });
  // A trip the days allow but the visa does not is never called fine: its words say the
  // breach first (and the marker does not say it twice).
  assert.equal(await marker(page, "Cem Kaya"), null);
  assert.match(
    await nextTrip(page, "Berg, Ana"),
    /^The stay 1–15 Mar 2026 breaks its visa: it is entry 2 on visa 1, which allows 1\. Counting days only/,
  );
  const cem = await nextTrip(page, "Cem Kaya");
  assert.match(
    cem,
    /^The stay 1–20 Mar 2026 breaks its visa: it goes over visa 1's 15 days of stay from 16 Mar 2026\. Counting days only, the stay could last until \d+ \w+ 2026\.$/,
  );
  assert.doesNotMatch(cem, /fine/);
  assert.match(await nextTrip(page, "Dan Lee"), /^1–10 Mar 2026: fine/);
  assert.equal(await marker(page, "Dan Lee"), null);
  assert.equal(await marker(page, "Ben Okafor"), null);
  assert.deepEqual(await marker(page, "Eva Novak"), {
    check: "not_checked",
    text: "Visa not checked: check this person's rows",
  });
  // Nor is a trip the visa could not be checked for called fine.
  const eva = await nextTrip(page, "Eva Novak");
  assert.match(
    eva,
    /^1–15 Mar 2026: the visa could not be checked for this trip: this person's rows give different visa values, only part of one, or could not be read\. Counting days only, the stay could last until \d+ \w+ 2026\.$/,
  );
  // Eva's row is counted; only her visa's days conflict: the heading says so, the list names it.
  assert.equal(
    (await page.getByTestId("team-errors-heading").textContent()).trim(),
    "1 row gives another visa than the person's other rows, only part of one, or an UNTIL " +
      "before its FROM: its stays are counted, the person's visa is not checked; every other row was checked",
  );
  const errors = await page.getByTestId("team-errors").textContent();
  assert.match(errors, /Продолжительность пребывания/);
  assert.match(errors, /31/);
  await screenshot(page, "team-visa-1280-en", { fullPage: true });
  // The person panel: what the visa allows when it holds, the breach when it does not.
  const ben = await panel(page, "Ben Okafor");
  assert.equal(ben.check, "ok");
  assert.equal(
    ben.text,
    "Visa: Any number of entries, for stays within 1–31 Jan 2026 (leave by the last day), at most 15 days in the area in all (to be safe, days there in the 180 days before count too).",
  );
  await screenshot(page, "team-visa-1280-en-panel", { fullPage: true });
  const ana = await panel(page, "Berg, Ana");
  assert.equal(ana.check, "fails");
  assert.match(ana.text, /entry 2 on visa 1, which allows 1/);
  check();
});

test("the visa's words in Russian and Kazakh, at 1280 and 375 px", async () => {
  for (const [width, height] of [
    [1280, 1000],
    [375, 800],
  ]) {
    const { page, check } = await open({ width, height });
    for (const [lang, visa, breaks, fine, unclear, unchecked] of [
      ["en", "Visa", "breaks its visa", "fine", "Visa not checked", "the visa could not be checked for this trip"],
      ["ru", "Виза", "нарушает условия визы", "нарушений нет", "Виза не проверена", "визу для этой поездки проверить не удалось"],
      ["kk", "Виза", "виза шарттарын бұзады", "бұзушылық жоқ", "Виза тексерілмеді", "визаны бұл сапарға тексеру мүмкін болмады"],
    ]) {
      await page.getByTestId("language").selectOption(lang);
      // The language's chunk may still be loading: wait for its words.
      await page.waitForFunction(
        (words) =>
          [...document.querySelectorAll('[data-testid="team-visa"]')].some((note) => note.textContent.includes(words)),
        breaks,
      );
      assert.ok((await marker(page, "Fay Obi")).text.includes(breaks), lang);
      const trip = await nextTrip(page, "Cem Kaya");
      assert.ok(trip.includes(breaks) && !trip.includes(fine), `${lang}: ${trip}`);
      assert.ok((await marker(page, "Eva Novak")).text.includes(unclear), lang);
      const eva = await nextTrip(page, "Eva Novak");
      assert.ok(eva.includes(unchecked) && !eva.includes(fine), `${lang}: ${eva}`);
      const panelSaid = await panel(page, "Cem Kaya");
      assert.ok(panelSaid.text.includes(breaks), `${lang}: ${panelSaid.text}`);
      const benSaid = await panel(page, "Ben Okafor");
      assert.ok(benSaid.check === "ok" && benSaid.text.startsWith(`${visa}: `), `${lang}: ${benSaid.text}`);
      await screenshot(page, `team-visa-${width}-${lang}`, { fullPage: true });
      if (width < 400) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${lang}: the page is ${overflow} px wider than the window`);
      }
    }
    check();
  }
});
