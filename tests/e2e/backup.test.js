// The stays as a file: saved as CSV (which the command line reads to the same answer) and as
// JSON, and opened back in another browser; a bad row of a file is refused by line.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answer, checkOn, enterStays, eventually, open, rows, start, text } from "./harness.js";
import { CLI } from "./bench/fixtures.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2025-03-20";

/** Saves the stays with the button `id`; resolves to the file's path and text. */
async function save(page, id) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(id).click()]);
  const path = join(mkdtempSync(join(tmpdir(), "staycalc-backup-")), download.suggestedFilename());
  await download.saveAs(path);
  return { path, text: readFileSync(path, "utf8") };
}

async function filled(page) {
  await checkOn(page, ON);
  await enterStays(page, [
    ["2025-01-01", "2025-01-10"],
    ["2025-03-10", ""],
  ]);
  await page.getByTestId("stay-open").last().check();
  await eventually(() => text(page, "days-used"), "21");
}

test("the CSV saved is read by the command line to the same answer", async () => {
  const { page, check } = await open(app.browser, app.url);
  await filled(page);
  const { path, text: csv } = await save(page, "save-csv");
  assert.equal(csv, "person,entry,exit,rule\nMe,2025-01-01,2025-01-10,schengen\nMe,2025-03-10,,schengen\n");
  const cli = JSON.parse(
    execFileSync(CLI, ["check", "--rule", "schengen", "--on", ON, "--format", "json", path], { encoding: "utf8" }),
  );
  const shown = await answer(page);
  assert.equal(String(cli.days_used), shown.used);
  assert.equal(cli.latest_exit, shown.latestExit);
  check();
});

test("a JSON file saved here opens in another browser with the same stays and answer", async () => {
  const first = await open(app.browser, app.url);
  await filled(first.page);
  await first.page.getByTestId("rule-select").selectOption("kz-visa-free");
  const before = await answer(first.page);
  const { path } = await save(first.page, "save-json");
  first.check();

  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, ON);
  await page.getByTestId("open-file").setInputFiles(path);
  await eventually(() => text(page, "open-report"), "Added 2 stays.");
  assert.equal(await page.getByTestId("rule-select").inputValue(), "kz-visa-free");
  assert.deepEqual(await rows(page), [
    ["2025-01-01", "2025-01-10"],
    ["2025-03-10", ""],
  ]);
  assert.equal(await page.getByTestId("stay-open").last().isChecked(), true);
  assert.deepEqual(await answer(page), before);
  check();
});

test("a CSV with a bad row adds the good ones and names the bad line", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, ON);
  const path = join(mkdtempSync(join(tmpdir(), "staycalc-backup-")), "trips.csv");
  writeFileSync(path, "Note;Entry;Exit\nSki;10.01.2025;24.01.2025\nOops;2025-02-30;2025-03-01\n");
  await page.getByTestId("open-file").setInputFiles(path);
  await eventually(async () => (await text(page, "open-report")).startsWith("Added 1 stay."), true);
  assert.match(await text(page, "open-report"), /Line 3: .*2025-02-30/);
  assert.deepEqual(await rows(page), [["2025-01-10", "2025-01-24"]]);
  // Not a file of stays at all.
  writeFileSync(path, '{"hello": "world"}');
  await page.getByTestId("open-file").setInputFiles(path);
  await eventually(async () => /could not be read/.test(await text(page, "open-report")), true);
  check();
});
