// `report` of the built package on a team file with passport columns: the same CSV and JSON as
// `staycalc report` (byte for byte), and the passport's verdict in the objects.
//
// The command line is `$STAYCALC_CLI` or the release build (`make test-js` builds it).
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { PKG, assertReportAsCli } from "./support.mjs";

const { report } = await import(pathToFileURL(join(PKG, "report", "node.js")).href);

// Ana's passport expires two months after her planned March trip; Ben's is fine; Cem's was
// issued eleven years before it; Eva's rows disagree.
const TEAM = [
  "person;entry;exit;planned;Срок действия паспорта;Дата выдачи паспорта",
  "Ana;01.11.2025;10.11.2025;no;15.05.2026;",
  "Ana;01.03.2026;15.03.2026;yes;;",
  "Ben;01.03.2026;15.03.2026;yes;01.01.2030;01.06.2020",
  "Cem;01.03.2026;15.03.2026;yes;01.01.2030;01.02.2015",
  "Eva;01.12.2025;05.12.2025;no;01.01.2031;",
  "Eva;01.03.2026;15.03.2026;yes;01.01.2032;",
  "",
].join("\r\n");
const ON = "2026-01-15";

test("a team file with passport columns: the command line's report, and the passport's verdict", () => {
  assertReportAsCli(report, TEAM, { on: ON, status: 2 });
  const answer = report(TEAM, { on: ON, rule: "schengen" });
  const by = Object.fromEntries(answer.people.map((person) => [person.person, person]));
  assert.equal(by.Ana.status, "passport");
  assert.equal(by.Ana.passport_check, "fails");
  assert.equal(by.Ana.passport_failing.needed_by, "2026-03-01");
  assert.deepEqual(by.Ana.passport_failing.problems, [{ code: "expires_too_soon", needed: "2026-06-15" }]);
  assert.equal(by.Ben.status, "ok");
  assert.equal(by.Ben.passport_check, "ok");
  assert.equal(by.Cem.passport_failing.problems[0].code, "issued_too_long_ago");
  assert.equal(by.Eva.status, "check_rows");
  assert.equal(by.Eva.passport_check, "not_checked");
  assert.equal(answer.bad_rows.length, 1);
  assert.equal(answer.bad_rows[0].line, 7);
  assert.equal(answer.bad_rows[0].column, "Срок действия паспорта");
  assert.equal(answer.bad_rows[0].value, "01.01.2032");
});
