import { start } from "./harness.js";
const app = await start();
const context = await app.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "en-US" });
const page = await context.newPage();
page.on("console", (m) => console.log("console", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror", e.message));
await page.goto(app.url + "team.html");
await page.getByTestId("team-file").waitFor({ state: "attached" });
await page.getByTestId("team-date").fill("2026-01-15");
await page.evaluate(() => {
  window.perf = { longest: 0, longTasks: 0, frames: 0, progress: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { window.perf.longTasks++; (window.perf.lt ??= []).push([Math.round(e.startTime - (window.perf.t0 ?? 0)), Math.round(e.duration)]); window.perf.longest = Math.max(window.perf.longest, e.duration); }
  }).observe({ type: "longtask" });
  const frame = () => { window.perf.frames++; const p = document.querySelector('[data-testid="team-progress"]'); if (p) window.perf.progress.push([Math.round(performance.now() - (window.perf.t0 ?? 0)), p.value, p.max]); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
});
const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");
const t0 = Date.now();
await page.evaluate(() => (window.perf.t0 = performance.now()));
await page.getByTestId("team-file").setInputFiles("../../target/team-1m.csv");
let peak = 0;
const poll = setInterval(async () => {
  try { const m = await cdp.send("Performance.getMetrics"); const h = m.metrics.find((x) => x.name === "JSHeapUsedSize").value; peak = Math.max(peak, h); } catch {}
}, 100);
await page.waitForFunction(() => document.querySelectorAll('[data-testid="team-row"]').length > 0, null, { timeout: 120000 });
const t1 = await page.evaluate(() => performance.now() - window.perf.t0);
clearInterval(poll);
const perf = await page.evaluate(() => window.perf);
const wasm = await page.evaluate(async () => { const m = await import("./team-pkg/staycalc.js"); const w = await m.default(); return w.memory.buffer.byteLength; });
console.log("total ms", t1.toFixed(0), "wall", Date.now() - t0, "longest task", perf.longest, "long tasks", perf.longTasks, "frames", perf.frames, "peak heap MB", (peak / 1e6).toFixed(1), "wasm MB", (wasm / 1e6).toFixed(1));
console.log("progress samples", perf.progress.length, JSON.stringify(perf.progress));
console.log("long", JSON.stringify(perf.lt));console.log(await page.getByTestId("team-count").textContent());
await page.screenshot({ path: "/tmp/team-1m.png" });
await app.stop();
