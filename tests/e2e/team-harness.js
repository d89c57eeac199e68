// What the team view's end-to-end tests share: opening the team page, loading a file, reading
// the table, and the command line's report of the same file to compare with.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const EXAMPLE = join(ROOT, "examples/team.csv");
const CLI = join(ROOT, "target/release/staycalc");

/**
 * Opens the team page in a new context (its own storage). Page errors, console errors and
 * warnings, and dialogs fail the test at `check()`.
 */
export async function openTeam(browser, url, { width = 1280, height = 1000, locale = "en-US" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(`${url}team.html`);
  await page.getByTestId("team-file").waitFor({ state: "attached" });
  return {
    page,
    context,
    check: () => {
      if (problems.length) throw new Error(problems.join("\n"));
    },
  };
}

/** Sets the check date, picks `file` and waits until its people are shown. */
export async function load(page, file, on) {
  await page.getByTestId("team-date").fill(on);
  await page.getByTestId("team-file").setInputFiles(file);
  await page.getByTestId("team-count").waitFor();
}

/** The lines of the table as shown, in order. */
export async function table(page) {
  return page.getByTestId("team-row").evaluateAll((rows) => {
    // A person none of whose rows could be read has a dash: null, as in the JSON report.
    const number = (text) => (text.trim() === "—" ? null : Number(text));
    return rows.map((row) => ({
      person: row.querySelector('[data-testid="team-open"]').textContent.trim(),
      status: row.querySelector('[data-testid="team-status"]').dataset.status,
      daysUsed: number(row.querySelector('[data-testid="team-days-used"]').textContent),
      daysRemaining: number(row.querySelector('[data-testid="team-days-remaining"]').textContent),
      latestExit: row.querySelector('[data-testid="team-latest-exit"] time')?.getAttribute("datetime") ?? null,
      firstUnlawfulDay:
        row.querySelector('[data-testid="team-first-unlawful"] time')?.getAttribute("datetime") ?? null,
    }));
  });
}

/**
 * `staycalc report` of the release command line, with `format` (json, csv or text), the
 * default `rule` and the `warnBelow` threshold: { status, stdout, stderr }.
 */
export function report(file, on, { format = "json", rule = "schengen", warnBelow = 10 } = {}) {
  const args = ["report", "--on", on, "--rule", rule, "--format", format, "--warn-below", String(warnBelow), file];
  const run = spawnSync(CLI, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.error) throw run.error;
  return run;
}

/**
 * `staycalc report --format csv` with its lines in the team table's default order (as the
 * page exports them), for files whose cells hold no line ends.
 */
export function reportCsv(file, on, options = {}) {
  const [header, ...lines] = report(file, on, { ...options, format: "csv" }).stdout.split("\r\n");
  const people = JSON.parse(report(file, on, { ...options, format: "json" }).stdout);
  const rank = (i) => URGENCY.indexOf(people[i].status);
  const order = people.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
  return [header, ...order.map((i) => lines[i]), ...lines.slice(people.length)].join("\r\n");
}

/** The statuses, most urgent first: the team table's default order. */
export const URGENCY = ["overstay", "past_overstay", "check_rows", "planned_overstay", "warning", "ok"];

/**
 * `staycalc report --format json` as objects (options as `report`'s), in the team table's
 * default order: the most urgent status first, file order within a status.
 */
export function reportJson(file, on, options = {}) {
  const people = JSON.parse(report(file, on, { ...options, format: "json" }).stdout);
  const rank = (person) => URGENCY.indexOf(person.status);
  return people
    .map((person, index) => ({ person, index }))
    .sort((a, b) => rank(a.person) - rank(b.person) || a.index - b.index)
    .map(({ person }) => person);
}

/** Writes `text` to a new temporary file named `name`; returns its path. */
export function temporary(name, text) {
  const path = join(mkdtempSync(join(tmpdir(), "staycalc-team-")), name);
  writeFileSync(path, text);
  return path;
}
