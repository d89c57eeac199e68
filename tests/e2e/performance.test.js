// Size and speed: the transfer size, the time to the first answer, and a keystroke with 200
// stays. Each test reports its measurement (node --test prints it as a diagnostic line) and
// fails only far beyond the aim, so a busy machine does not fail the suite.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { ready, start } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));
const gzipped = (file) => gzipSync(readFileSync(WWW + file), { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test("the app transfers under 250 KB gzipped (wasm and JS)", (t) => {
  const wasm = gzipped("pkg/staycalc_bg.wasm");
  const js = gzipped("pkg/staycalc.js") + gzipped("app.js");
  const page = gzipped("index.html") + gzipped("style.css") + gzipped("print.css");
  t.diagnostic(`gzip -9: wasm ${wasm} B + JS ${js} B = ${wasm + js} B; HTML and CSS ${page} B`);
  assert.ok(wasm + js < 250 * 1024, `${wasm + js} bytes`);
});

test("the first answer shows soon after navigation", async (t) => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const used = document.querySelector('[data-testid="days-used"]');
        if (used && /\d/.test(used.textContent)) {
          window.firstAnswer = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(app.url);
    await ready(page);
    times.push(await page.evaluate(() => window.firstAnswer));
    await context.close();
  }
  t.diagnostic(`navigation to first answer: median ${median(times).toFixed(0)} ms of ${times.map((x) => x.toFixed(0)).join(", ")}`);
  assert.ok(median(times) < 1500, `${median(times)} ms`);
});

/** A saved state of 200 stays of 5 days, 10 days apart, from 2015, checked on 2023-03-01. */
function twoHundredStays() {
  const day = 24 * 3600 * 1000;
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const start = Date.UTC(2014, 9, 1);
  const stays = [];
  for (let i = 0; i < 200; i++) {
    const entry = start + i * 15 * day;
    stays.push(`${iso(entry)}_${iso(entry + 4 * day)}`);
  }
  return `v=1&rule=schengen&on=2023-03-01&stays=${stays.join(",")}`;
}

test("a keystroke with 200 stays recomputes without a noticeable delay", async (t) => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const saved = twoHundredStays();
  await page.addInitScript((saved) => localStorage.setItem("staycalc", saved), saved);
  await page.goto(app.url);
  await ready(page);
  assert.equal(await page.getByTestId("stay-row").count(), 200);
  const runs = await page.evaluate(async () => {
    const exit = document.querySelectorAll('[data-testid="stay-exit"]')[199];
    const used = document.querySelector('[data-testid="days-used"]');
    const entry = document.querySelectorAll('[data-testid="stay-entry"]')[199].value;
    const runs = [];
    for (let i = 0; i < 12; i++) {
      const before = used.textContent;
      const changed = new Promise((resolve) => {
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
  });
  const answer = median(runs.map((r) => r.answer));
  const painted = median(runs.map((r) => r.painted));
  t.diagnostic(`200 stays, one edit: answer updated in ${answer.toFixed(1)} ms, painted after ${painted.toFixed(1)} ms (medians of ${runs.length})`);
  assert.ok(answer < 100, `${answer} ms`);
  await context.close();
});
