// `make bench-app`, the team page: 1,000,000 rows (100,000 people x 10 stays, each person's
// rows spread over the file: target/team-1m.csv from examples/gen_team.rs, as make bench-report
// uses) checked in the browser, against `staycalc report` natively on the same file in the same
// run; the page's responsiveness meanwhile; sorting, filtering and searching; the bundle's size.
//
//   1. Native baseline: `staycalc report --format csv` of the release build, wall clock, on every
//      core and on core 0 only (`taskset -c 0`: the page's WebAssembly runs on one thread).
//   2. In the browser, from picking the file to the table shown: wall clock, frames painted
//      meanwhile and the longest gap between two, tasks over 50 ms and the longest, peak JS heap
//      and the wasm memory; the ratio to the native run on one core. The counts shown must be
//      the command line's, or the run is broken.
//   3. Sorting by two columns, filtering by status and searching, from the action to the next
//      frame after the rows changed, against turning to the next page (the same 100 rows drawn
//      again, no sorting or filtering).
//   4. The team bundle's size, raw and gzip -9.
//
// Targets of the old timed test (under 15 s to the table, no task of 250 ms or more, at least
// 10 frames a second, each action under 2 s) are reported as PASS or OVER, not failed.
// Medians of RUNS (default 3) loads. Exits non-zero only when a run breaks (a command fails,
// the page errs or shows other counts than the command line).
// TEAM_FILE changes the file; TEAM_ON the check date (gen_team's 2026-01-15 by default, when
// most people have a trip planned after it, whose verdict and latest exit are worked out; on
// 2026-09-01 few have).
import { spawnSync } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { join } from "node:path";
import { start } from "../harness.js";
import { openTeam, reportJson } from "../team-harness.js";
import { CLI, ROOT, TEAM_ON as GEN_TEAM_ON } from "./fixtures.js";
import { median, printTable, sizes, verdict } from "./report.js";

const RUNS = Number(process.env.RUNS ?? 3);
const TEAM_ON = process.env.TEAM_ON ?? GEN_TEAM_ON;
const FILE = process.env.TEAM_FILE ?? join(ROOT, "target/team-1m.csv");
if (!existsSync(FILE)) throw new Error(`no ${FILE}: make bench-app writes it (cargo run --release --example gen_team)`);

// 1. Natively.
const native = (oneCore) => {
  const args = ["report", "--on", TEAM_ON, "--rule", "schengen", "--format", "csv", FILE];
  const command = oneCore ? ["taskset", ["-c", "0", CLI, ...args]] : [CLI, args];
  const devNull = openSync("/dev/null", "w");
  try {
    const t0 = process.hrtime.bigint();
    const run = spawnSync(...command, { stdio: ["ignore", devNull, "pipe"] });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (run.status !== 0) throw new Error(`staycalc report failed: ${run.stderr}`);
    return seconds;
  } finally {
    closeSync(devNull);
  }
};
const nativeAll = median(Array.from({ length: RUNS }, () => native(false)));
const nativeOne = median(Array.from({ length: RUNS }, () => native(true)));
const expected = reportJson(FILE, TEAM_ON);
const want = Object.fromEntries(
  ["ok", "warning", "overstay"].map((status) => [status, String(expected.filter((p) => p.status === status).length)]),
);

const app = await start();
try {
  // 2. In the browser.
  const load = async () => {
    const { page, context, check } = await openTeam(app.browser, app.url);
    await page.getByTestId("team-date").fill(TEAM_ON);
    await page.evaluate(() => {
      const seen = (window.seen = { longTasks: [], frames: [] });
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) seen.longTasks.push(task.duration);
      }).observe({ type: "longtask" });
      const frame = (time) => {
        seen.frames.push(time);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      // When each phase is first seen: the progress bar's words start "Opening", "Rows read",
      // "People checked" (English), and the table when the counts appear. A CSV file in UTF-8
      // has its rows read while it loads: "loading" then holds most of the reading.
      seen.phases = {};
      const look = () => {
        const words = document.getElementById("team-progress-text")?.textContent ?? "";
        const phase = /^Opening/.test(words) ? "loading" : /^Rows read/.test(words) ? "reading" : /^People checked/.test(words) ? "checking" : null;
        if (phase && !(phase in seen.phases)) seen.phases[phase] = performance.now();
        if (!document.querySelector("[data-testid=team-count]")) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    let peakHeap = 0;
    const sample = async () => {
      const { metrics } = await cdp.send("Performance.getMetrics");
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === "JSHeapUsedSize").value);
    };
    const sampling = setInterval(() => sample().catch(() => {}), 50);
    const started = await page.evaluate(() => performance.now());
    await page.getByTestId("team-file").setInputFiles(FILE);
    await page.getByTestId("team-count").waitFor({ timeout: 300_000 });
    const { finished, seen } = await page.evaluate(() => ({ finished: performance.now(), seen: window.seen }));
    clearInterval(sampling);
    await sample();
    const counts = page.getByTestId("team-status-counts");
    for (const status of Object.keys(want)) {
      const shown = await counts.getAttribute(`data-${status}`);
      if (shown !== want[status]) throw new Error(`${shown} ${status} shown, the command line says ${want[status]}`);
    }
    const wasm = await page.evaluate(async () => {
      const bundle = await import("./team-pkg/staycalc.js");
      return (await bundle.default()).memory.buffer.byteLength;
    });
    const frames = seen.frames.filter((time) => time >= started && time <= finished);
    const gaps = frames.slice(1).map((time, i) => time - frames[i]);
    return {
      page,
      check,
      context,
      seconds: (finished - started) / 1000,
      frames: frames.length,
      longestGap: Math.max(0, ...gaps),
      longTasks: seen.longTasks.length,
      longestTask: Math.max(0, ...seen.longTasks),
      // Seconds in each phase, from its first frame to the next phase's (or the table).
      phases: (() => {
        const marks = ["loading", "reading", "checking"].filter((p) => p in seen.phases).map((p) => [p, seen.phases[p]]);
        marks.push(["table", finished]);
        return Object.fromEntries(marks.slice(0, -1).map(([p, t], i) => [p, (marks[i + 1][1] - t) / 1000]));
      })(),
      heap: peakHeap / 2 ** 20,
      wasm: wasm / 2 ** 20,
    };
  };
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await load();
    runs.push(run);
    if (i < RUNS - 1) {
      run.check();
      await run.context.close();
    }
  }
  const m = (key) => median(runs.map((run) => run[key]));
  const seconds = m("seconds");
  const worstTask = Math.max(...runs.map((run) => run.longestTask));
  const perSecond = m("frames") / seconds;
  console.log(`Team page: ${expected.length} people from ${FILE}, medians of ${RUNS} runs\n`);
  printTable(
    ["measure", "median", "runs"],
    [
      ["browser: file picked to table (s)", seconds.toFixed(2), runs.map((r) => r.seconds.toFixed(2)).join(" ")],
      ["baseline: staycalc report, 1 core (s)", nativeOne.toFixed(2), ""],
      ["staycalc report, all cores (s)", nativeAll.toFixed(2), ""],
      ...["loading", "reading", "checking"].map((phase) => {
        const each = runs.map((r) => r.phases[phase] ?? 0);
        return [`  of which ${phase} (s)`, median(each).toFixed(2), each.map((s) => s.toFixed(2)).join(" ")];
      }),
      ["frames painted meanwhile", m("frames"), runs.map((r) => r.frames).join(" ")],
      ["longest gap between frames (ms)", m("longestGap").toFixed(0), runs.map((r) => r.longestGap.toFixed(0)).join(" ")],
      ["tasks over 50 ms", m("longTasks"), runs.map((r) => r.longTasks).join(" ")],
      ["longest task (ms)", m("longestTask").toFixed(0), runs.map((r) => r.longestTask.toFixed(0)).join(" ")],
      ["peak JS heap (MiB)", m("heap").toFixed(1), ""],
      ["wasm memory (MiB)", m("wasm").toFixed(0), ""],
    ],
  );
  console.log(
    `\nbrowser / native on 1 core: ${(seconds / nativeOne).toFixed(1)}x; ` +
      `under 15 s: ${verdict(seconds < 15)}; ` +
      `longest task of all runs (${worstTask.toFixed(0)} ms) under 250 ms: ${verdict(worstTask < 250)}; ` +
      `${perSecond.toFixed(0)} frames a second, at least 10: ${verdict(perSecond >= 10)}\n`,
  );

  // 3. Sorting, filtering and searching on the last run's page, against turning the page.
  const { page, check } = runs.at(-1);
  /** Ms from an action on `selector` (a click, or `value` set and `event` sent) to the next frame after the rows changed. */
  const timed = (selector, value = null, event = "input") =>
    page.evaluate(
      async ([selector, value, event]) => {
        const shown = document.querySelector('[data-testid="team-shown"]');
        const first = () => document.querySelector('[data-testid="team-row"]')?.outerHTML;
        const before = [shown.textContent, first()];
        const element = document.querySelector(selector);
        const t0 = performance.now();
        if (value === null) {
          element.click();
        } else {
          element.value = value;
          element.dispatchEvent(new Event(event, { bubbles: true }));
        }
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (shown.textContent !== before[0] || first() !== before[1]) break;
        }
        return performance.now() - t0;
      },
      [selector, value, event],
    );
  const actions = [
    ["baseline: next page", '[data-testid="team-next"]'],
    ["sort by days remaining", 'th[data-column="days-remaining"] button'],
    ["sort by name", 'th[data-column="person"] button'],
    ["filter by status", '[data-testid="team-filter-status"]', "warning", "change"],
    ["search", '[data-testid="team-search"]', "Person 0999"],
  ].map(([name, ...how]) => [name, how]);
  const times = [];
  for (const [name, how] of actions) times.push([name, await timed(...how)]);
  check();
  const baseline = times[0][1];
  console.log(`Team page: ${expected.length} people, action to the next frame after the rows changed (ms)\n`);
  printTable(
    ["action", "ms", "x next page", "under 2 s"],
    times.map(([name, ms]) => [name, ms.toFixed(0), (ms / baseline).toFixed(1), verdict(ms < 2000)]),
  );

  // 4. The team bundle.
  const files = sizes(join(ROOT, "www"), [
    "team-pkg/staycalc_bg.wasm",
    "team-pkg/staycalc.js",
    "team.js",
    "team.html",
    "style.css",
    "team.css",
    "team-print.css",
  ]);
  console.log("\nTeam page: transfer size (bytes)\n");
  printTable(
    ["file", "raw", "gzip -9"],
    [
      ...files.map((f) => [f.file, f.raw, f.gzip]),
      ["all", files.reduce((sum, f) => sum + f.raw, 0), files.reduce((sum, f) => sum + f.gzip, 0)],
    ],
  );
} finally {
  await app.stop();
}
