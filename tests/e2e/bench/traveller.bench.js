// `make bench-app`, the traveller page: its transfer size, the time to its first answer and the
// time of an edit with 200 stays, each with a baseline measured in the same run.
//
//   1. Size: wasm, JS, HTML and CSS of the page, and what keeps it offline and installable (the
//      service worker, its file list, the manifest and its icon), raw and gzip -9, against the
//      target of 250 KB gzipped for wasm and JS, and for all of them (PASS or OVER; reported,
//      not a failure).
//   2. First answer: from navigation to the first days-used number, in fresh contexts, against
//      the same page with its scripts and wasm blocked (HTML and CSS only, on the same server:
//      the browser's own cost of a navigation), and the wasm module's compilation in the page.
//   3. One edit of the last of 200 stays, from the input event to the answer changing and to
//      the next frame painted, against the same edit with 1 stay; beside it the engine natively
//      (`staycalc check` of 200 stays less `staycalc check` of 1 stay: the process start cancels).
//
// Medians of RUNS (default 7) navigations and of 12 edits. Exits non-zero only when a run breaks.
// Needs `make app` and the release command line (make bench-app does both).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ready, start } from "../harness.js";
import { CLI, ON, ROOT, saved, twoHundredStays } from "./fixtures.js";
import { median, printTable, sizes, verdict } from "./report.js";

const RUNS = Number(process.env.RUNS ?? 7);
/** The target of the traveller page's wasm and JS, gzipped */
const SIZE_TARGET = 250 * 1024;

// 1. Size.
const files = sizes(join(ROOT, "www"), [
  "pkg/staycalc_bg.wasm",
  "pkg/staycalc.js",
  "pkg/__wasm_split.js",
  "app.js",
  "index.html",
  "style.css",
  "print.css",
  // Offline and installable: the service worker, its list of files, the manifest and its icon.
  "offline.js",
  "sw.js",
  "pkg/precache.js",
  "manifest.webmanifest",
  "icons/icon-192.png",
]);
const code = files.filter((f) => /\.(wasm|js)$/.test(f.file));
const codeGzip = code.reduce((sum, f) => sum + f.gzip, 0);
console.log("Traveller page: transfer size (bytes)\n");
printTable(
  ["file", "raw", "gzip -9"],
  [
    ...files.map((f) => [f.file, f.raw, f.gzip]),
    ["wasm + JS", code.reduce((sum, f) => sum + f.raw, 0), codeGzip],
    ["all", files.reduce((sum, f) => sum + f.raw, 0), files.reduce((sum, f) => sum + f.gzip, 0)],
  ],
);
const allGzip = files.reduce((sum, f) => sum + f.gzip, 0);
console.log(
  `\nwasm + JS gzipped: ${codeGzip} B, target under 250 KiB (${SIZE_TARGET} B): ${verdict(codeGzip < SIZE_TARGET)}`,
);
console.log(
  `every file of the page gzipped (service worker and manifest included): ${allGzip} B, target under 250 KiB: ${verdict(allGzip < SIZE_TARGET)}\n`,
);

// The chunks of the wasm not fetched before the first answer: the Russian and Kazakh texts and
// the paste and file readers (when that language is first chosen, a list first pasted or a file
// opened), the parts of the page built later (split_later.wasm: fetched as soon as the page is
// mounted, so every visit downloads it, just after the first answer) and the widget's code (only
// a widget fetches it). The service worker keeps them all too, after the page has answered
// (scripts/build-app.sh).
const chunks = sizes(
  join(ROOT, "www"),
  readdirSync(join(ROOT, "www", "pkg"))
    .filter((name) => name.endsWith(".wasm") && name !== "staycalc_bg.wasm")
    .map((name) => `pkg/${name}`),
);
if (chunks.length) {
  console.log("Fetched after the first answer: the page's later parts; when wanted: Russian or Kazakh, the readers, a widget (bytes)\n");
  printTable(
    ["file", "raw", "gzip -9"],
    [...chunks.map((f) => [f.file, f.raw, f.gzip]), ["chunks", chunks.reduce((sum, f) => sum + f.raw, 0), chunks.reduce((sum, f) => sum + f.gzip, 0)]],
  );
  console.log("");
}

const app = await start();
try {
  // 2. First answer, and the same navigation without the app.
  // `locale`: the browser's language; in "ru-RU" the page starts in Russian, whose texts are a
  // chunk of their own fetched before the page shows anything (scripts/build-app.sh).
  // `firstHeading`: the page's heading when it first showed (to see it was never English).
  const navigate = async (blocked, locale = "en-US") => {
    const context = await app.browser.newContext({ locale });
    const page = await context.newPage();
    if (blocked) await page.route(/\.(js|wasm)$/, (route) => route.abort());
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const heading = document.querySelector("h1");
        if (heading && window.firstHeading === undefined) window.firstHeading = heading.textContent;
        const used = document.querySelector('[data-testid="days-used"]');
        if (used && /\d/.test(used.textContent)) {
          window.firstAnswer = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(app.url, { waitUntil: "load" });
    let ms;
    let heading = null;
    if (blocked) {
      ms = await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd);
    } else {
      await ready(page);
      ms = await page.evaluate(() => window.firstAnswer);
      heading = await page.evaluate(() => window.firstHeading);
    }
    const compile = blocked
      ? null
      : await page.evaluate(async () => {
          const bytes = await (await fetch("pkg/staycalc_bg.wasm")).arrayBuffer();
          const t0 = performance.now();
          await WebAssembly.compile(bytes);
          return performance.now() - t0;
        });
    await context.close();
    return { ms, compile, heading };
  };
  const blank = [];
  const first = [];
  const russian = [];
  for (let i = 0; i < RUNS; i++) {
    blank.push((await navigate(true)).ms);
    first.push(await navigate(false));
    russian.push(await navigate(false, "ru-RU"));
  }
  const firstMs = median(first.map((r) => r.ms));
  const blankMs = median(blank);
  console.log(`First answer, medians of ${RUNS} navigations in fresh contexts (ms)\n`);
  printTable(
    ["measure", "median", "runs"],
    [
      ["navigation to the first answer", firstMs.toFixed(0), first.map((r) => r.ms.toFixed(0)).join(" ")],
      ["baseline: page loaded, scripts blocked", blankMs.toFixed(0), blank.map((ms) => ms.toFixed(0)).join(" ")],
      ["wasm compile in the page", median(first.map((r) => r.compile)).toFixed(1), ""],
      ["the first answer in Russian (browser in ru-RU)", median(russian.map((r) => r.ms)).toFixed(0), russian.map((r) => r.ms.toFixed(0)).join(" ")],
    ],
  );
  const headings = [...new Set(russian.map((r) => r.heading))];
  console.log(`\nthe heading a browser in ru-RU first showed: ${headings.map((h) => JSON.stringify(h)).join(", ")}`);
  console.log(`\nfirst answer / baseline: ${(firstMs / blankMs).toFixed(1)}x; app's own part ${(firstMs - blankMs).toFixed(0)} ms\n`);

  // 3. One edit with 200 stays and with 1 stay, in the page; the engine natively.
  /** The last `count` of the 200 stays (the ones in the window on the check date). */
  const last = (count) => twoHundredStays().slice(-count);
  const edit = async (count) => {
    const stays = last(count);
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await page.addInitScript((state) => localStorage.setItem("staycalc", state), saved(stays));
    await page.goto(app.url);
    await ready(page);
    const rows = await page.getByTestId("stay-row").count();
    if (rows !== count) throw new Error(`${rows} rows shown of ${count} saved`);
    const runs = await page.evaluate(async (last) => {
      const exit = document.querySelectorAll('[data-testid="stay-exit"]')[last];
      const entry = document.querySelectorAll('[data-testid="stay-entry"]')[last].value;
      const used = document.querySelector('[data-testid="days-used"]');
      const runs = [];
      for (let i = 0; i < 12; i++) {
        const before = used.textContent;
        const changed = new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error("the answer did not change within 10 s")), 10_000);
          const observer = new MutationObserver(() => {
            if (used.textContent !== before) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(used, { childList: true, subtree: true, characterData: true });
        });
        const date = new Date(`${entry}T00:00:00Z`);
        date.setUTCDate(date.getUTCDate() + (i % 2 ? 4 : 9));
        const t0 = performance.now();
        exit.value = date.toISOString().slice(0, 10);
        exit.dispatchEvent(new Event("input", { bubbles: true }));
        const shown = await changed;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        runs.push({ answer: shown - t0, painted: performance.now() - t0 });
      }
      return runs;
    }, count - 1);
    await context.close();
    return { answer: median(runs.map((r) => r.answer)), painted: median(runs.map((r) => r.painted)) };
  };
  const many = await edit(200);
  const one = await edit(1);
  const native = (count) => {
    const file = join(mkdtempSync(join(tmpdir(), "staycalc-bench-")), "stays.csv");
    writeFileSync(file, `entry,exit\n${last(count).map((s) => s.join(",")).join("\n")}\n`);
    const times = [];
    for (let i = 0; i < 21; i++) {
      const t0 = process.hrtime.bigint();
      const run = spawnSync(CLI, ["check", "--rule", "schengen", "--on", ON, "--format", "json", file]);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (run.status !== 0) throw new Error(`staycalc check failed: ${run.stderr}`);
    }
    return median(times);
  };
  const cli200 = native(200);
  const cli1 = native(1);
  console.log("One edit of the last stay, medians of 12 edits (ms)\n");
  printTable(
    ["measure", "answer", "painted"],
    [
      ["app, 200 stays", many.answer.toFixed(1), many.painted.toFixed(1)],
      ["baseline: app, 1 stay", one.answer.toFixed(1), one.painted.toFixed(1)],
      ["staycalc check, 200 stays (process)", cli200.toFixed(1), ""],
      ["staycalc check, 1 stay (process)", cli1.toFixed(1), ""],
    ],
  );
  console.log(
    `\n200 stays / 1 stay in the app: ${(many.answer / one.answer).toFixed(1)}x; ` +
      `the engine's own part natively (200 less 1 stay): ${(cli200 - cli1).toFixed(1)} ms; ` +
      `answer under 100 ms with 200 stays: ${verdict(many.answer < 100)}`,
  );
} finally {
  await app.stop();
}
