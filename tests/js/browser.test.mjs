// The package in a browser with no bundler: a page imports pkg/staycalc.js and
// pkg/report/staycalc_report.js as ES modules, awaits each one's `init()` (which fetches the
// .wasm beside it) and writes their answers into the page; headless Debian Chromium prints the
// page. `$CHROMIUM` overrides /usr/bin/chromium.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { PKG } from "./support.mjs";

const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) throw new Error(`no ${chromium}: run \`scripts/setup.sh browser\``);

const page = `<!doctype html>
<link rel="icon" href="data:,">
<pre id="out">waiting</pre>
<script type="module">
  import init, { evaluate, isStaycalcError } from "/pkg/staycalc.js";
  import initReport, { report } from "/pkg/report/staycalc_report.js";
  const out = document.getElementById("out");
  try {
    await Promise.all([init(), initReport()]);
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
    out.textContent = "answer " + JSON.stringify([
      answer.days_used, answer.latest_exit, code, team.people[0].days_used, reportCode,
    ]);
  } catch (error) {
    out.textContent = "failed " + error;
  }
</script>`;

const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };

test("the web build runs in Chromium without a bundler", async () => {
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    if (path === "/") {
      response.writeHead(200, { "content-type": types[".html"] }).end(page);
      return;
    }
    const file = normalize(join(PKG, path.replace(/^\/pkg\//, "")));
    if (!path.startsWith("/pkg/") || !file.startsWith(PKG) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const profile = mkdtempSync(join(tmpdir(), "staycalc-chromium-"));
  try {
    const { stdout } = await promisify(execFile)(chromium, [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      "--virtual-time-budget=10000",
      "--dump-dom",
      `http://127.0.0.1:${server.address().port}/`,
    ], { timeout: 60_000 });
    const shown = stdout.match(/<pre id="out">([^<]*)<\/pre>/)?.[1];
    // 77 days used and a latest exit of 2014-12-13 (the README's example), and a coded error;
    // the same stays as a team file give the same 77 days.
    assert.equal(shown, `answer [77,"2014-12-13","unknown_rule",77,"bad_input"]`);
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
