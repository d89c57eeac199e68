// `report` of the built package on a team file with visa columns: the same CSV and JSON as
// `staycalc report` (byte for byte), and the visa's verdict in the objects.
//
// The command line is `$STAYCALC_CLI` or the release build (`make test-js` builds it).
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { PKG, assertReportAsCli } from "./support.mjs";

const { report } = await import(pathToFileURL(join(PKG, "report", "node.js")).href);

// Ana plans a second entry on her single-entry visa; Ben is present on a 15-day MULT visa;
// Cem's trip is longer than his visa's days; Eva's rows disagree on her visa's days.
const TEAM = [
  "person;entry;exit;planned;Виза действительна с;Виза действительна по;Кол-во въездов;Продолжительность пребывания",
  "Ana;01.12.2025;10.12.2025;no;01.12.2025;30.06.2026;1;30",
  "Ana;01.03.2026;15.03.2026;yes;;;;",
  "Ben;05.01.2026;;no;01.01.2026;31.01.2026;MULT;15",
  "Cem;01.03.2026;20.03.2026;yes;01.03.2026;31.03.2026;2;15 дней",
  "Eva;01.12.2025;05.12.2025;no;01.12.2025;31.03.2026;MULT;30",
  "Eva;01.03.2026;15.03.2026;yes;;;;31",
  "",
].join("\r\n");
const ON = "2026-01-15";

test("a team file with visa columns: the command line's report, and the visa's verdict", () => {
  assertReportAsCli(report, TEAM, { on: ON, status: 2 });
  const answer = report(TEAM, { on: ON, rule: "schengen" });
  const by = Object.fromEntries(answer.people.map((person) => [person.person, person]));
  assert.equal(by.Ana.status, "planned_overstay");
  assert.equal(by.Ana.visa_check, "fails");
  assert.deepEqual(by.Ana.visa, { from: "2025-12-01", until: "2026-06-30", entries: "01", days: 30 });
  assert.equal(by.Ana.visa_failing.problem, "entries");
  assert.equal(by.Ana.visa_failing.entry_number, 2);
  assert.equal(by.Ana.visa_sets_latest_exit, "visa_entries");
  assert.equal(by.Ben.status, "ok");
  assert.equal(by.Ben.visa_check, "ok");
  assert.equal(by.Ben.latest_exit, "2026-01-19");
  assert.equal(by.Ben.visa_sets_latest_exit, "visa_days");
  assert.equal(by.Cem.visa_failing.problem, "days");
  assert.equal(by.Cem.visa_failing.first_unlawful_day, "2026-03-16");
  assert.equal(by.Eva.status, "check_rows");
  assert.equal(by.Eva.visa_check, "not_checked");
  assert.equal(by.Eva.visa, null);
  assert.deepEqual(answer.bad_rows.map((bad) => [bad.line, bad.column, bad.value]), [
    [7, "Продолжительность пребывания", "31"],
  ]);
});
