// What the team view's end-to-end tests share: opening the team page, loading a file, reading
// the table, and the command line's report of the same file to compare with.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

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

/** Opens the team page at `viewport` (as `openTeam`) with `file` loaded on the check date `on`. */
export async function openLoaded(app, file, on, viewport) {
  const opened = await openTeam(app.browser, app.url, viewport);
  await load(opened.page, file, on);
  return opened;
}

/**
 * The document marker `testId` ("team-passport", "team-visa") of `person`'s row: its check and
 * its words, or null when the row has none.
 */
export async function rowMarker(page, person, testId) {
  const row = page.getByTestId("team-row").filter({ hasText: person });
  const note = row.getByTestId(testId);
  if ((await note.count()) === 0) return null;
  return { check: await note.getAttribute("data-check"), text: (await note.textContent()).trim() };
}

/** The words of `person`'s next planned trip in the table. */
export async function nextTrip(page, person) {
  const row = page.getByTestId("team-row").filter({ hasText: person });
  return (await row.getByTestId("team-next-trip").textContent()).trim();
}

/**
 * The days a person of the command line's JSON report has left, as the table's "Days remaining"
 * shows them: on the stay under way when its per-entry cap ends it before the window does (or
 * is passed: day 26 of a 30-day entry leaves 4, whatever the window's 64), else the window's.
 */
export function left(person) {
  const cap = person.per_entry_cap;
  const decides =
    person.present && person.days_left_in_stay != null && cap != null && (person.binding === "per_entry" || person.day_of_stay > cap);
  return decides ? person.days_left_in_stay : person.days_remaining;
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

/**
 * An .xlsx workbook's first sheet, read from its XML (the ZIP's central directory, then the
 * workbook, shared strings, styles and sheet parts): { sheet, xml, cells }, `xml` the sheet's
 * own XML and `cells` by reference ("C2") as { text } (a shared or inline string), { number,
 * format } (a number and its style's number format code, `General` when none) or absent.
 */
export function readXlsx(bytes) {
  const parts = new Map();
  let end = bytes.length - 22;
  while (bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n -= 1) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    parts.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  const unescape = (text) =>
    text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]);
  const texts = (xml) => [...xml.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => unescape(m[1])).join("");
  const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
  const shared = [...(parts.get("xl/sharedStrings.xml") ?? "").matchAll(/<si>(.*?)<\/si>/gs)].map((m) => texts(m[1]));
  const styles = parts.get("xl/styles.xml");
  const formats = new Map([...styles.matchAll(/<numFmt [^>]*>/g)].map(([tag]) => [attribute(tag, "numFmtId"), unescape(attribute(tag, "formatCode"))]));
  const xfs = styles.match(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s)[1].match(/<xf [^>]*>/g);
  const fonts = styles.match(/<fonts[^>]*>(.*?)<\/fonts>/s)[1].match(/<font>.*?<\/font>|<font\/>/gs);
  const sheet = unescape(attribute(parts.get("xl/workbook.xml").match(/<sheet [^>]*>/)[0], "name"));
  const xml = parts.get("xl/worksheets/sheet1.xml");
  const cells = {};
  for (const [, tag, body] of xml.matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const ref = attribute(tag, "r");
    const xf = xfs[Number(attribute(tag, "s") ?? 0)];
    const value = body?.match(/<v>(.*?)<\/v>/)?.[1];
    const bold = /<b\/>/.test(fonts[Number(attribute(xf, "fontId") ?? 0)]);
    const type = attribute(tag, "t");
    if (type === "s") cells[ref] = { text: shared[Number(value)], bold };
    else if (type === "inlineStr" || type === "str") cells[ref] = { text: texts(body ?? ""), bold };
    else if (value !== undefined) {
      cells[ref] = { number: Number(value), format: formats.get(attribute(xf, "numFmtId")) ?? "General", bold };
    }
  }
  return { sheet, xml, cells };
}
