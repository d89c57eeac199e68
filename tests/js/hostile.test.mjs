// Hostile callers cannot break the package: 100,000 calls with requests whose accesses throw
// (tests/js/hostile.mjs), then normal calls answer as before, in Node and in headless
// Chromium, for both modules. Before every access was caught, a few hundred such calls left
// every export failing with "memory access out of bounds" until the process restarted.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { hostileCalls, normalAnswers } from "./hostile.mjs";
import { PKG, ROOT, textInChromium, thrown } from "./support.mjs";

const CALLS = 100_000;

const staycalc = await import(pathToFileURL(join(PKG, "node.js")).href);
const staycalcReport = await import(pathToFileURL(join(PKG, "report", "node.js")).href);

test("100,000 hostile calls in Node each throw a StaycalcError, and normal calls still answer", () => {
  const before = normalAnswers(staycalc, staycalcReport);
  assert.deepEqual(before, [47, "2015-01-11", 47, true, 47, 47, 47]);
  const { other, first } = hostileCalls(staycalc, staycalcReport, CALLS);
  assert.equal(other, 0, first);
  assert.deepEqual(normalAnswers(staycalc, staycalcReport), before);
});

test("a throwing getter is reported as what it is, with the stay's row", () => {
  const stay = Object.defineProperty({ exit: "2014-09-30" }, "entry", {
    enumerable: true,
    get() {
      throw new RangeError("no entry today");
    },
  });
  const error = thrown(() => staycalc.evaluate({ rule: "schengen", stays: [stay], on: "2014-11-30" }));
  assert.equal(error.code, "bad_request");
  assert.equal(error.row, 1);
  assert.equal(error.message, 'reading field "entry" of the stay threw RangeError: no entry today (row 1)');
});

test("values inherited from Object.prototype are not fields", () => {
  Object.prototype.exit = "2014-08-16";
  try {
    // The open stay runs to the check date: 108 days, not the polluted exit's 2.
    const answer = staycalc.evaluate({ rule: "schengen", stays: [{ entry: "2014-08-15" }], on: "2014-11-30" });
    assert.equal(answer.days_used, 108);
  } finally {
    delete Object.prototype.exit;
  }
});

test("stays has at most a million items, and a long value is cut in messages", () => {
  const long = thrown(() =>
    staycalc.evaluate({ rule: "schengen", stays: new Array(2 ** 32 - 1), on: "2014-11-30" }),
  );
  assert.equal(long.code, "bad_request");
  assert.equal(long.message, "stays holds 4294967295 items: at most 1000000 stays");
  const holes = thrown(() =>
    staycalc.evaluate({ rule: "schengen", stays: new Array(1_000_000), on: "2014-11-30" }),
  );
  assert.equal(holes.message, "stay must be an object {entry, exit?}, not undefined (row 1)");
  const cut = thrown(() =>
    staycalc.evaluate({ rule: "schengen", stays: [], on: "9".repeat(50_000_000) }),
  );
  assert.equal(cut.message, `on must be a date string YYYY-MM-DD, not "${"9".repeat(60)}"... (50000000 characters)`);
});

const page = `<!doctype html>
<link rel="icon" href="data:,">
<pre id="out">waiting</pre>
<script type="module">
  import init, * as staycalc from "/pkg/staycalc.js";
  import initReport, * as staycalcReport from "/pkg/report/staycalc_report.js";
  import { hostileCalls, normalAnswers } from "/hostile.mjs";
  const out = document.getElementById("out");
  try {
    await Promise.all([init(), initReport()]);
    const before = normalAnswers(staycalc, staycalcReport);
    const { other, first } = hostileCalls(staycalc, staycalcReport, ${CALLS});
    const after = normalAnswers(staycalc, staycalcReport);
    out.textContent = "answer " + JSON.stringify({ before, other, first, after });
  } catch (error) {
    out.textContent = "failed " + error;
  }
</script>`;

test("100,000 hostile calls in Chromium each throw a StaycalcError, and normal calls still answer", async () => {
  const shown = await textInChromium(page, {
    files: { "/hostile.mjs": join(ROOT, "tests", "js", "hostile.mjs") },
    budget: 60_000,
  });
  assert.ok(shown.startsWith("answer "), shown);
  const { before, other, first, after } = JSON.parse(shown.slice("answer ".length).replaceAll("&quot;", '"'));
  assert.deepEqual(before, [47, "2015-01-11", 47, true, 47, 47, 47]);
  assert.equal(other, 0, first);
  assert.deepEqual(after, before);
});
