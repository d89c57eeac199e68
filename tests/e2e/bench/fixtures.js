// The inputs the large-input tests (tests/e2e/long-list.test.js, team-large.test.js) and the
// benchmarks of this folder share: a traveller's 200 stays, and team files of
// examples/gen_team.rs. Not a test file: `node --test` in tests/e2e does not collect this folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const CLI = join(ROOT, "target/release/staycalc");
const GEN_TEAM = join(ROOT, "target/release/examples/gen_team");

/** The check date of the 200 stays. */
export const ON = "2023-03-01";
/** gen_team's check date: its trips after it are planned. */
export const TEAM_ON = "2026-01-15";

/** `count` stays ([entry, exit], YYYY-MM-DD) of 5 days, 15 days apart, from 2014-10-01. */
export function twoHundredStays(count = 200) {
  const day = 24 * 3600 * 1000;
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const start = Date.UTC(2014, 9, 1);
  return Array.from({ length: count }, (_, i) => {
    const entry = start + i * 15 * day;
    return [iso(entry), iso(entry + 4 * day)];
  });
}

/** The app's saved state (local storage) of `stays` under Schengen, checked on `ON`. */
export function saved(stays) {
  return `v=1&rule=schengen&on=${ON}&stays=${stays.map(([entry, exit]) => `${entry}_${exit}`).join(",")}`;
}

/**
 * A team file of `people` people with 10 stays each, each person's rows spread over the file
 * (examples/gen_team.rs, built by `cargo build --release --example gen_team` when missing),
 * written to `path` (a new temporary file by default). Returns the path.
 */
export function teamFile(people, path = join(mkdtempSync(join(tmpdir(), "staycalc-team-")), "team.csv")) {
  if (!existsSync(GEN_TEAM)) {
    const built = spawnSync("cargo", ["build", "--quiet", "--release", "--example", "gen_team"], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (built.status !== 0) throw new Error("cargo build --release --example gen_team failed");
  }
  const made = spawnSync(GEN_TEAM, [path, String(people), "10"], { stdio: "inherit" });
  if (made.status !== 0) throw new Error(`gen_team ${path} ${people} 10 failed`);
  return path;
}
