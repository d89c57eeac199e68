// "Add to calendar": the answer's dates as an .ics file made in the page (its content is read
// back by a real RFC 5545 parser in src/web/traveller/calendar.rs; here, that the page offers
// it when there is a date, downloads it, and writes it in the page's language).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { checkOn, eventually, open, SCREENSHOTS, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** The events of an iCalendar text, unfolded: [{ DTSTART, SUMMARY, ... }]. */
function events(ics) {
  const lines = ics.replace(/\r\n /g, "").split("\r\n");
  const found = [];
  let event = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") event = {};
    else if (line === "END:VEVENT") found.push(event), (event = null);
    else if (event) {
      const [name, ...value] = line.split(":");
      if (!(name in event)) event[name] = value.join(":").replace(/\\,/g, ",").replace(/\\;/g, ";");
    }
  }
  return found;
}

for (const [lang, leave, keeping] of [
  ["en", "Leave by 31 Mar 2025", "Latest exit keeping planned trips lawful: 21 Mar 2025"],
  ["ru", "Выехать не позднее 31.03.2025", "Крайний срок выезда с учётом запланированных поездок: 21.03.2025"],
]) {
  test(`the day to leave by and a planned trip go to a calendar file (${lang})`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width: 375, height: 740 });
    await page.getByTestId("language").selectOption(lang);
    await checkOn(page, "2025-03-20");
    // Nothing to remember yet: no stay, so no button.
    assert.equal(await page.getByTestId("calendar").count(), 0);
    await page.getByTestId("stay-entry").first().fill("2025-01-01");
    await page.getByTestId("stay-open").first().check();
    await page.getByTestId("add-stay").click();
    await page.getByTestId("stay-entry").last().fill("2025-06-01");
    await page.getByTestId("stay-exit").last().fill("2025-06-10");
    await eventually(() => text(page, "days-used"), "79");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("calendar").click()]);
    assert.equal(download.suggestedFilename(), "staycalc-2025-03-20.ics");
    const ics = await readFile(await download.path(), "utf8");
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    const found = events(ics);
    assert.deepEqual(
      found.map((e) => [e["DTSTART;VALUE=DATE"], e.SUMMARY]).slice(0, 2),
      [
        ["20250331", leave],
        ["20250321", keeping],
      ],
    );
    assert.equal(found[2]["DTSTART;VALUE=DATE"], "20250601");
    assert.equal(found.length, 4);
    await page.locator("section.toolbar").screenshot({ path: `${SCREENSHOTS}calendar-toolbar-${lang}-375.png` });
    check();
    await context.close();
  });
}
