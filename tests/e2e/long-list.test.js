// A long list of stays: 200 saved stays are all shown, and an edit of one of them gives the
// answer the command line gives for the edited list. No time bound here: how fast the answer
// comes is measured against a baseline by `make bench-app` (tests/e2e/bench/traveller.bench.js).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answer, eventually, open, start } from "./harness.js";
import { CLI, ON, saved, twoHundredStays } from "./bench/fixtures.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** The answer of `staycalc check` for `stays` ([entry, exit] pairs), as the page shows it. */
function expected(stays) {
  const file = join(mkdtempSync(join(tmpdir(), "staycalc-long-")), "stays.csv");
  writeFileSync(file, `entry,exit\n${stays.map((s) => s.join(",")).join("\n")}\n`);
  const cli = JSON.parse(
    execFileSync(CLI, ["check", "--rule", "schengen", "--on", ON, "--format", "json", file], { encoding: "utf8" }),
  );
  return {
    used: String(cli.days_used),
    remaining: String(cli.days_remaining),
    latestExit: cli.latest_exit,
    earliestFullStay: cli.earliest_full_stay,
    overstay: String(cli.overstay_days),
    status: cli.status,
  };
}

test("200 stays: all shown, and an edit of the last one answers as the command line does", async () => {
  if (!existsSync(CLI)) {
    assert.fail(`${CLI} is missing: cargo build --release --bin staycalc (make test-e2e builds it)`);
  }
  const stays = twoHundredStays();
  const { page, check } = await open(app.browser, app.url, { saved: saved(stays) });
  assert.equal(await page.getByTestId("stay-row").count(), 200);
  const before = expected(stays);
  await eventually(() => answer(page), before);

  // The last stay five days longer, then back: each edit's answer is the command line's.
  const [entry] = stays[199];
  const longer = stays.with(199, [entry, addDays(entry, 9)]);
  const after = expected(longer);
  assert.notDeepEqual(after, before, "the edit changes the answer");
  await page.getByTestId("stay-exit").nth(199).fill(longer[199][1]);
  await eventually(() => answer(page), after);
  await page.getByTestId("stay-exit").nth(199).fill(stays[199][1]);
  await eventually(() => answer(page), before);
  assert.equal(await page.getByTestId("stay-row").count(), 200);
  check();
});

/** `iso` (YYYY-MM-DD) plus `days`. */
function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
