// The package in a browser with no bundler: a page imports pkg/staycalc.js,
// pkg/report/staycalc_report.js and pkg/documents/staycalc_documents.js as ES modules, awaits each one's `init()` (which fetches the
// .wasm beside it) and writes their answers into the page; headless Debian Chromium prints the
// page. `$CHROMIUM` overrides /usr/bin/chromium.
import assert from "node:assert/strict";
import { test } from "node:test";
import { textInChromium } from "./support.mjs";

const page = `<!doctype html>
<link rel="icon" href="data:,">
<pre id="out">waiting</pre>
<script type="module">
  import init, { evaluate, isStaycalcError } from "/pkg/staycalc.js";
  import initReport, { report } from "/pkg/report/staycalc_report.js";
  import initDocuments, { evaluateDocuments } from "/pkg/documents/staycalc_documents.js";
  const out = document.getElementById("out");
  try {
    await Promise.all([init(), initReport(), initDocuments()]);
    const answer = evaluate({
      rule: "schengen",
      stays: [{ entry: "2014-08-15", exit: "2014-09-30" }, { entry: "2014-11-01", exit: "2014-11-30" }],
      on: "2014-11-30",
    });
    let code = "none";
    try { evaluate({ rule: "atlantis", stays: [], on: "2025-01-01" }); } catch (error) { code = error.code; }
    const team = report("person,entry,exit\\nAna,2014-08-15,2014-09-30\\nAna,2014-11-01,2014-11-30\\n", {
      on: "2014-11-30",
      rule: "schengen",
    });
    let reportCode = "none";
    try { report("", { on: "2025-01-01", rule: "schengen" }); } catch (error) { reportCode = isStaycalcError(error) && error.code; }
    const papers = evaluateDocuments({
      rule: "schengen",
      stays: [{ entry: "2025-05-05" }],
      on: "2025-05-08",
      visas: [{ from: "2025-05-01", until: "2025-05-31", entries: 1, days: 11 }],
    });
    let documentsCode = "none";
    try { evaluateDocuments({ rule: "schengen", stays: [], on: "2025-05-08", events: [{ id: "kz-visit", date: "2026-01-01" }] }); } catch (error) { documentsCode = isStaycalcError(error) && error.code; }
    out.textContent = "answer " + JSON.stringify([
      answer.days_used, answer.latest_exit, code, team.people[0].days_used, reportCode,
      papers.latest_exit, papers.latest_exit_reason, documentsCode,
    ]);
  } catch (error) {
    out.textContent = "failed " + error;
  }
</script>`;

test("the web build runs in Chromium without a bundler", async () => {
  const shown = await textInChromium(page);
  // 77 days used and a latest exit of 2014-12-13 (the README's example), and a coded error;
  // the same stays as a team file give the same 77 days; an 11-day visa (valid from 1 May) used
  // from 5 May ends the stay on 15 May, and an unknown event is a coded error of the main
  // module's kind.
  assert.equal(
    shown,
    `answer [77,"2014-12-13","unknown_rule",77,"bad_input","2025-05-15","visa_days","invalid_document"]`,
  );
});
