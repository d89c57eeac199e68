// Pasted text with markup or spreadsheet formulas: shown as text, never made into elements or
// run (under the server's Content Security Policy), and neutralised in the team CSV export.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkOn, eventually, open, rows, start, text } from "./harness.js";
import { load, openTeam, report, table, temporary } from "./team-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const SCRIPT = "<script>alert(1)</script>";
const IMAGE = "<img src=x onerror=window.__xss=1>";
const FORMULA = '=HYPERLINK("http://x","y")';

/** What the page might have run or made from the payloads (nothing, when all is well). */
const made = (page) =>
  page.evaluate(() => {
    const html = document.documentElement.outerHTML;
    return {
      flag: window.__xss ?? null,
      elements: document.querySelectorAll('img[src="x"], [onerror]').length,
      markup: ["<script>alert", "<img src"].filter((payload) => html.includes(payload)),
    };
  });
const NOTHING = { flag: null, elements: 0, markup: [] };

test("pasted markup and formulas are reported as text, and never run", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-31");
  await page.getByTestId("paste-input").fill([SCRIPT, IMAGE, FORMULA, "2025-03-01 2025-03-10"].join("\n"));
  await page.getByTestId("paste-add").click();
  await eventually(() => rows(page), [["2025-03-01", "2025-03-10"]]);
  await eventually(() => text(page, "days-used"), "10");
  const rejected = page.getByTestId("paste-rejected").locator("li");
  const lines = await rejected.allTextContents();
  assert.equal(lines.length, 3);
  for (const [i, payload] of [SCRIPT, IMAGE, FORMULA].entries()) {
    assert.ok(lines[i].includes(`«${payload}»`), `line ${i + 1} shows its text: ${lines[i]}`);
  }
  // Each item holds only the line label and the line in a <code>, as one text node: no element
  // made from the paste.
  const items = await rejected.evaluateAll((items) =>
    items.map((item) => ({
      tags: [...item.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()),
      code: [...item.querySelector("code").childNodes].map((n) => [n.nodeType, n.textContent]),
    })),
  );
  assert.deepEqual(
    items,
    [SCRIPT, IMAGE, FORMULA].map((payload) => ({ tags: ["strong", "code"], code: [[3, payload]] })),
  );
  // The lines not read stay in the box, as typed.
  assert.equal(await page.getByTestId("paste-input").inputValue(), [SCRIPT, IMAGE, FORMULA].join("\n"));
  await page.waitForTimeout(300);
  assert.deepEqual(await made(page), NOTHING);
  check();
});

/** A CSV cell, quoted. */
const cell = (value) => `"${value.replaceAll('"', '""')}"`;

/** The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(csv) {
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && csv[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

test("team: markup and formulas in names and carried columns are text; the export is neutralised", async () => {
  const on = "2026-05-20";
  const people = [
    [SCRIPT, "2026-03-01", "2026-03-10", FORMULA, IMAGE],
    [IMAGE, "2026-04-01", "2026-04-05", "+1+2", "@SUM(A1:A9)"],
    [FORMULA, "2026-04-10", "2026-04-12", "-3+4", "\t=1+1"],
    ["Plain Person", "2026-02-01", "2026-02-03", "ok", "ok"],
  ];
  const file = temporary(
    "hostile.csv",
    ["person,entry,exit,notes,<i>team</i>", ...people.map((p) => p.map(cell).join(","))].join("\r\n") + "\r\n",
  );
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, on);
  // The names are shown as typed, as text.
  const shown = (await table(page)).map((line) => line.person).sort();
  assert.deepEqual(shown, people.map((p) => p[0]).sort());
  const cells = await page.getByTestId("team-row").evaluateAll((rows) =>
    rows.flatMap((row) => [...row.querySelectorAll("td")].map((td) => td.textContent)),
  );
  for (const value of [FORMULA, IMAGE, "+1+2", "@SUM(A1:A9)"]) {
    assert.ok(cells.includes(value), `"${value}" shown as text`);
  }
  const headers = await page.getByTestId("team-table").locator("thead th").allTextContents();
  assert.ok(headers.some((h) => h.includes("<i>team</i>")), headers.join(" | "));
  // A person opened: their name in the panel's heading, as text.
  await page.getByRole("button", { name: `Open ${IMAGE}` }).click();
  assert.ok((await page.getByTestId("team-person").locator("h2, h3").first().textContent()).includes(IMAGE));
  await page.waitForTimeout(300);
  assert.deepEqual(await made(page), NOTHING);

  // The export, read as bytes: no cell a spreadsheet would take for a formula.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("team-export").click()]);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "a UTF-8 byte-order mark");
  const csv = bytes.subarray(3).toString("utf8");
  assert.equal(csv, report(file, on, { format: "csv" }).stdout, "the same as the command line's");
  const [header, ...records] = parseCsv(csv);
  assert.equal(records.length, people.length);
  for (const record of records) {
    assert.equal(record.length, header.length);
    for (const value of record) {
      assert.doesNotMatch(value, /^[=+@\t\r]/, `a formula cell: ${JSON.stringify(value)}`);
      if (value.startsWith("-")) assert.match(value, /^-\d+$/, `a formula cell: ${JSON.stringify(value)}`);
    }
  }
  // Neutralised by a leading apostrophe, the text otherwise kept.
  const all = records.flat();
  // (Cells are read trimmed, so the tab before "=1+1" is gone and the formula is what remains.)
  for (const value of [FORMULA, "+1+2", "@SUM(A1:A9)", "-3+4", "=1+1"]) {
    assert.ok(all.includes(`'${value}`), `"${value}" kept behind an apostrophe`);
  }
  assert.ok(all.includes(SCRIPT) && all.includes(IMAGE), "markup is kept as it was: it is not a formula");
  check();
});
