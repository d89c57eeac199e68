// The team view with a large file: 200,000 rows (20,000 people x 10 stays, each person's rows
// spread over the file, from examples/gen_team.rs). While it works the page shows progress that
// never goes back and keeps painting; then it shows what `staycalc report` says of the same
// file, and sorting, filtering and searching give the right rows. No time bound here: the time to
// the table, the longest task and the frames painted on 1,000,000 rows are measured against the
// command line by `make bench-app` (tests/e2e/bench/team.bench.js).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { eventually, start } from "./harness.js";
import { left, openTeam, reportJson, table } from "./team-harness.js";
import { TEAM_ON, teamFile } from "./bench/fixtures.js";

const PEOPLE = 20_000;

let app;
let file;
let expected;
before(async () => {
  file = teamFile(PEOPLE);
  expected = reportJson(file, TEAM_ON);
  app = await start();
});
after(async () => app.stop());

/** A line of the command line's report as the table shows it. */
const line = (person) => ({
  person: person.person,
  status: person.status,
  daysUsed: person.days_used,
  daysRemaining: left(person),
  latestExit: person.latest_exit,
  firstUnlawfulDay: person.first_unlawful_day,
});

/** Opens the team page, sets the check date and picks the file; resolves when it is shown. */
async function opened({ watch = false } = {}) {
  const team = await openTeam(app.browser, app.url);
  await team.page.getByTestId("team-date").fill(TEAM_ON);
  if (watch) {
    // Each frame painted, and the progress bar's (max, value) in it, seen from inside the page.
    await team.page.evaluate(() => {
      const seen = (window.seen = { frames: 0, progress: [] });
      const frame = () => {
        seen.frames += 1;
        const bar = document.querySelector('[data-testid="team-progress"]');
        if (bar && bar.hasAttribute("value")) seen.progress.push([bar.max, bar.value]);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }
  await team.page.getByTestId("team-file").setInputFiles(file);
  await team.page.getByTestId("team-count").waitFor({ timeout: 60_000 });
  return team;
}

test("200,000 rows: progress moves on while the page paints, then the command line's report", async () => {
  const { page, check } = await opened({ watch: true });
  const seen = await page.evaluate(() => window.seen);
  // The file loaded (its rows read meanwhile, so loading's bytes stand for reading's rows), then
  // people checked: each shown in more than one frame, never going back.
  for (const total of [statSync(file).size, PEOPLE]) {
    const values = seen.progress.filter(([max]) => max === total).map(([, value]) => value);
    assert.ok(values.length >= 2, `${values.length} frames showed progress of ${total}`);
    assert.ok(
      values.every((v, i) => i === 0 || v >= values[i - 1]),
      `progress of ${total} went back: ${values}`,
    );
    assert.ok(values.at(-1) > values[0], `progress of ${total} did not move: ${values}`);
  }
  assert.ok(seen.frames >= 4, `${seen.frames} frames painted while working`);

  assert.equal(await page.getByTestId("team-count").getAttribute("data-people"), String(expected.length));
  assert.equal(expected.length, PEOPLE);
  const counts = page.getByTestId("team-status-counts");
  for (const status of ["ok", "warning", "planned_overstay", "past_overstay", "overstay"]) {
    const want = expected.filter((p) => p.status === status).length;
    assert.equal(await counts.getAttribute(`data-${status.replace("_", "-")}`), String(want), status);
  }
  assert.deepEqual(await table(page), expected.slice(0, 100).map(line));
  check();
});

test("20,000 people: sorting, filtering and searching show the right rows", async () => {
  const { page, check } = await opened();
  const byName = (a, b) => a.person.localeCompare(b.person, "en", { sensitivity: "base" });
  /** Waits until the table shows `rows` (a generous bound: only a hang should reach it). */
  const shows = (rows, read = () => table(page)) => eventually(read, rows, 20_000);

  // By days remaining, fewest first: the fewest of all 20,000, each as the command line says.
  await page.locator('th[data-column="days-remaining"] button').click();
  const remaining = expected.map(left).sort((a, b) => a - b);
  await shows(remaining.slice(0, 100), async () => (await table(page)).map((l) => l.daysRemaining));
  const byPerson = new Map(expected.map((p) => [p.person, line(p)]));
  for (const shown of await table(page)) assert.deepEqual(shown, byPerson.get(shown.person));

  // By name, then only past overstays, then only names starting "Person 019".
  await page.locator('th[data-column="person"] button').click();
  const sorted = [...expected].sort(byName);
  await shows(sorted.slice(0, 100).map(line));
  const past = sorted.filter((p) => p.status === "past_overstay");
  assert.ok(past.length > 100, `${past.length} past overstays: too few to fill a page`);
  await page.getByTestId("team-filter-status").selectOption("past_overstay");
  await shows(past.slice(0, 100).map(line));
  const found = past.filter((p) => p.person.startsWith("Person 019"));
  assert.ok(found.length > 0 && found.length < 100, `${found.length} found`);
  await page.getByTestId("team-search").fill("Person 019");
  await shows(found.map(line));
  check();
});
