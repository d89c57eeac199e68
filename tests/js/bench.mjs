// `make bench-js`: the npm package's speed in Node against the same work natively, in one run.
//
//   1. `evaluate` per call: one person with 10 stays, and one with 50, after a warm-up.
//   2. A report-like batch: 100,000 people with 10 stays each (seeded, so every run is the
//      same), one `evaluate` call per person, against examples/batch.rs, the native build
//      doing the same per person (parse the date strings, assessment and verdict per stay) on
//      the same stays, which this script writes to a file for it.
//
// Needs `make pkg` and `cargo build --release --example batch` (make bench-js does both).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PKG, ROOT } from "./support.mjs";

const { evaluate } = await import(pathToFileURL(join(PKG, "node.js")).href);

const PEOPLE = Number(process.env.PEOPLE ?? 100_000);
const STAYS = 10;
const RULE = "schengen";
const ON = "2025-06-30";

/** mulberry32: a small seeded generator. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const onDay = Date.parse(`${ON}T00:00:00Z`) / 86_400_000;

/** `count` stays of 1 to 30 days with gaps of 0 to 60 days, ending before the check date. */
function person(next, count) {
  const stays = [];
  let day = onDay - count * 46;
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 30);
    stays.push({ entry: iso(day), exit: iso(day + length) });
    day += length + 1 + Math.floor(next() * 60);
  }
  return stays;
}

function perCall(stays) {
  const request = { rule: RULE, stays, on: ON };
  for (let i = 0; i < 2_000; i++) evaluate(request);
  const runs = 20_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) evaluate(request);
  return Number(process.hrtime.bigint() - start) / runs / 1000;
}

const next = random(42);
const people = Array.from({ length: PEOPLE }, () => person(next, STAYS));

const single = {};
for (const count of [10, 50]) single[count] = perCall(person(random(count), count));

const start = process.hrtime.bigint();
let sum = 0;
for (const stays of people) sum += evaluate({ rule: RULE, stays, on: ON }).days_used;
const wasmMs = Number(process.hrtime.bigint() - start) / 1e6;

const dir = mkdtempSync(join(tmpdir(), "staycalc-bench-"));
let native;
try {
  const file = join(dir, "people.csv");
  const lines = people.flatMap((stays, p) => stays.map((s) => `p${p},${s.entry},${s.exit}`));
  writeFileSync(file, lines.join("\n") + "\n");
  const binary = join(ROOT, "target", "release", "examples", "batch");
  native = JSON.parse(execFileSync(binary, [file, RULE, ON], { encoding: "utf8" }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (native.people !== PEOPLE || native.days_used_sum !== sum) {
  throw new Error(`native and wasm disagree: ${JSON.stringify(native)} vs ${PEOPLE} people, sum ${sum}`);
}

const fmt = (n, digits = 1) => n.toFixed(digits);
console.log(`node ${process.version}, rule ${RULE}, on ${ON}`);
console.log(`evaluate, 10 stays: ${fmt(single[10], 2)} µs a call`);
console.log(`evaluate, 50 stays: ${fmt(single[50], 2)} µs a call`);
console.log(`batch of ${PEOPLE} people x ${STAYS} stays:`);
console.log(`  wasm (evaluate per person): ${fmt(wasmMs)} ms (${fmt((wasmMs * 1000) / PEOPLE, 2)} µs a person)`);
console.log(`  native (examples/batch.rs): ${fmt(native.ms)} ms (${fmt((native.ms * 1000) / PEOPLE, 2)} µs a person)`);
console.log(`  wasm / native: ${fmt(wasmMs / native.ms, 2)}x`);
