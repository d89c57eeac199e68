// `evaluate` of two or more builds of the package side by side in one Node process, rounds
// interleaved (each round asks every build in turn), so that the machine's load weighs on all
// alike: one question on 10, 50 and 1,000 stays (tests/js/bench.mjs's people), the whole
// answer and with `plan: false`. Every build must give the same answer. Prints the median and
// the best of the rounds, µs a call.
//
//   node tests/js/evaluate-ab.mjs NAME=PKG_DIR NAME=PKG_DIR ...   (ROUNDS=7 by default)
//
// For instance main's package built in a copy of main's tree against this one's:
//   git archive main | tar -x -C /tmp/main && (cd /tmp/main && scripts/build-pkg.sh)
//   make pkg && node tests/js/evaluate-ab.mjs main=/tmp/main/pkg this=pkg
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const builds = process.argv.slice(2).map((arg) => arg.split("="));
if (builds.length < 2 || builds.some((build) => build.length !== 2)) {
  throw new Error("usage: node tests/js/evaluate-ab.mjs NAME=PKG_DIR NAME=PKG_DIR ...");
}
const evaluates = {};
for (const [name, dir] of builds) {
  evaluates[name] = (await import(pathToFileURL(resolve(dir, "node.js")).href)).evaluate;
}
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const ON = "2025-06-30";
const DAY = 86_400_000;
const onDay = Date.parse(`${ON}T00:00:00Z`) / DAY;
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/** mulberry32: a small seeded generator. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` stays of 1 to 30 days with gaps of 0 to `gaps` days, ending before the check date. */
function person(next, count, gaps = 60) {
  const stays = [];
  let day = onDay - count * (16 + gaps / 2);
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 30);
    stays.push({ entry: iso(day), exit: iso(day + length) });
    day += length + 1 + Math.floor(next() * gaps);
  }
  return stays;
}

/** Microseconds a call of `ask`, after a warm-up of a tenth as many. */
function perCall(ask, runs) {
  for (let i = 0; i < runs / 10; i++) ask();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) ask();
  return Number(process.hrtime.bigint() - start) / runs / 1000;
}

const times = new Map();
for (const count of [10, 50, 1000]) {
  const stays = count > 100 ? person(random(count), count, 30) : person(random(count), count);
  const whole = { rule: "schengen", stays, on: ON };
  const light = { ...whole, plan: false };
  const runs = count > 100 ? 1_000 : 10_000;
  const [first, ...others] = Object.keys(evaluates);
  for (const name of others) {
    for (const request of [whole, light]) {
      if (JSON.stringify(evaluates[name](request)) !== JSON.stringify(evaluates[first](request))) {
        throw new Error(`${name} and ${first} disagree on ${count} stays`);
      }
    }
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, evaluate] of Object.entries(evaluates)) {
      for (const [what, request] of [["whole answer", whole], ["plan: false", light]]) {
        const key = `${String(count).padStart(4)} stays, ${what.padEnd(12)} ${name}`;
        if (!times.has(key)) times.set(key, []);
        times.get(key).push(perCall(() => evaluate(request), runs));
      }
    }
  }
}
console.log(`node ${process.version}, ${ROUNDS} rounds interleaved, µs a call: median (best)`);
for (const [key, runs] of [...times].sort(([a], [b]) => a.localeCompare(b))) {
  const sorted = [...runs].sort((a, b) => a - b);
  console.log(`  ${key.padEnd(36)} ${sorted[sorted.length >> 1].toFixed(2)} (${sorted[0].toFixed(2)})`);
}
