// Builds of the team bundle against each other, on the million-row file: how the profile's
// opt-level was chosen (Cargo.toml, [profile.wasm-team]). Each argument is a directory holding a
// build (staycalc.js, staycalc_bg.wasm, e.g. from `wasm-pack build ... --out-dir DIR`); in each
// of ROUNDS rounds (default 3) each is copied over www/team-pkg/ in turn and the file checked
// from picking to table, so a busy machine weighs on every build alike. Prints each run's phases
// and the medians. Leaves the last build in www/team-pkg/: `make app` puts the real one back.
//
//   cd tests/e2e && node bench/team-builds.mjs /tmp/team-z /tmp/team-s
import { start } from "../harness.js";
import { openTeam } from "../team-harness.js";
import { cpSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, TEAM_ON } from "./fixtures.js";
const FILE = process.env.TEAM_FILE ?? join(ROOT, "target/team-1m.csv");
const dirs = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const app = await start();
const res = Object.fromEntries(dirs.map((d) => [d, []]));
for (let r = 0; r < ROUNDS; r++) for (const d of dirs) {
  rmSync(join(ROOT, "www/team-pkg"), { recursive: true, force: true });
  cpSync(d, join(ROOT, "www/team-pkg"), { recursive: true });
  const { page, context } = await openTeam(app.browser, app.url);
  await page.getByTestId("team-date").fill(TEAM_ON);
  // When each phase is first seen, from the progress bar's words (as team.bench.js reads them).
  await page.evaluate(() => {
    window.ph = {};
    const look = () => {
      const words = document.getElementById("team-progress-text")?.textContent ?? "";
      const phase = /^Opening/.test(words) ? "loading"
        : /^Rows read/.test(words) ? "reading"
        : /^People checked/.test(words) ? "checking"
        : null;
      if (phase && !(phase in window.ph)) window.ph[phase] = performance.now();
      if (!document.querySelector("[data-testid=team-count]")) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId("team-file").setInputFiles(FILE);
  await page.getByTestId("team-count").waitFor({ timeout: 300_000 });
  const { t1, ph } = await page.evaluate(() => ({ t1: performance.now(), ph: window.ph }));
  const marks = [["start", t0], ...["loading", "reading", "checking"].filter((p) => p in ph).map((p) => [p, ph[p]]), ["table", t1]];
  const phases = marks.slice(1, -1).map(([p, t], i) => `${p} ${((marks[i + 2][1] - t) / 1000).toFixed(2)}`).join(" ");
  res[d].push((t1 - t0) / 1000);
  console.log(`${d}: ${((t1 - t0) / 1000).toFixed(2)} s (${phases})`);
  await context.close();
}
for (const d of dirs) {
  const runs = [...res[d]].sort((a, b) => a - b);
  console.log(`${d}: median ${runs[runs.length >> 1].toFixed(2)} s of ${runs.map((x) => x.toFixed(2)).join(" ")}`);
}
process.exit(0);
