// `make bench-js`: the npm package's speed in Node against the same work natively, in one run.
//
//   1. `report` (of `staycalc/report`, the speed-tuned module) on a team file of 1,000,000
//      rows (100,000 people with 10 stays each, written by examples/gen_team.rs:
//      target/team-1m.csv, as `make bench-report` uses): `report(text, { format: "csv" })`
//      against `staycalc report --format csv` on the same file, whose output must be the
//      same. The command line checks people on every core (2 here); WebAssembly runs on one,
//      so the command line also runs on one core (`taskset -c 0`), and that is the ratio
//      printed. Times are wall clock and CPU time (user plus system; for Node the whole
//      process's, its garbage collector included), the best of REPEAT runs; the first `report`
//      call is shown apart, as it also grows the WebAssembly memory and compiles the hot code.
//      The ratio is of CPU times, which other work on the machine does not inflate; on an idle
//      machine the wall clock ratio is the same. This part runs first, in a fresh process, as
//      a page or a service would call it.
//   2. `evaluateMany` (of `staycalc/report`) on the same 100,000 people, read from the team
//      file into objects ({id, stays: [{entry, exit}]}) before the clock starts, against the
//      same `staycalc report` on one core: CPU time, best of REPEAT, and the days used of
//      every person compared with the report's.
//   3. One question (days used and days remaining on a date under Schengen's 90/180) per
//      call, on one person with 10, 50 and 1,000 stays, after a warm-up, against a baseline
//      measured in the same run: `peerDays` below, a plain-JS day-by-day calculator shaped as
//      the open-source ones are (each stay's date strings parsed, each of its days put in a
//      set, the days of the set within the 180 days ending on the date counted). Asked of
//      `evaluate` (read by its JavaScript reader, npm/evaluate.js; the whole answer, and with
//      `plan: false`), of `evaluate` read by the module's reader field by field (the same
//      request with a space before each date, which only that reader takes), and of a
//      `Traveller` made once, its stays kept merged in the module (`daysUsed` and
//      `daysRemaining`, two calls a question), with the date as a string and as a day number
//      (days since 1970-01-01: a number crosses the boundary, not text, and is answered in
//      one call from the stays merged at construction: npm/traveller.js); the `Traveller` of
//      both modules (`staycalc/report`, built for speed, and the main module `staycalc`, built
//      for size). Then where `evaluate`'s time goes: reading the request (a main-module
//      `Traveller` made and freed), answering once read (its `evaluate` with the verdicts), and
//      `JSON.parse` of the answer's text alone.
//   4. A report-like batch: 100,000 people with 10 stays each (seeded, so every run is the
//      same), one `evaluate` call per person and one `evaluateMany` call for all, against
//      examples/batch.rs, the native build doing the same per person (parse the date
//      strings, assessment and verdict per stay) on the same stays, which this script writes
//      to a file for it.
//
// Needs `make pkg`, `cargo build --release --example batch --bin staycalc` and the team file
// (make bench-js does all three). TEAM_FILE, REPEAT and PEOPLE (part 3) change the defaults.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PKG, ROOT } from "./support.mjs";

const { report, initSync, evaluateMany, Traveller } = await import(
  pathToFileURL(join(PKG, "report", "node.js")).href
);
const { evaluate, Traveller: MainTraveller } = await import(pathToFileURL(join(PKG, "node.js")).href);

const RULE = "schengen";
const fmt = (n, digits = 1) => n.toFixed(digits);
const dir = mkdtempSync(join(tmpdir(), "staycalc-bench-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

// 1. report on the team file.
const TEAM_FILE = process.env.TEAM_FILE ?? join(ROOT, "target", "team-1m.csv");
const TEAM_ON = "2026-01-15"; // examples/gen_team.rs's check date
const REPEAT = Number(process.env.REPEAT ?? 3);
if (!existsSync(TEAM_FILE)) {
  throw new Error(`no ${TEAM_FILE}: run \`cargo run --release --example gen_team -- ${TEAM_FILE}\``);
}
const cli = join(ROOT, "target", "release", "staycalc");
const cliArgs = ["report", "--on", TEAM_ON, "--rule", RULE, "--format", "csv", TEAM_FILE];

/** `staycalc report` on the team file, on every core or on core 0 only: wall, cpu, max RSS. */
function nativeRun(oneCore) {
  const timing = join(dir, "time.txt");
  const command = [...(oneCore ? ["taskset", "-c", "0"] : []), cli, ...cliArgs];
  const devNull = openSync("/dev/null", "w");
  try {
    const run = spawnSync("/usr/bin/time", ["-o", timing, "-f", "%e %U %S %M", ...command], {
      stdio: ["ignore", devNull, "pipe"],
    });
    if (run.status !== 0) throw new Error(`${command.join(" ")} failed: ${run.stderr}`);
  } finally {
    closeSync(devNull);
  }
  const last = readFileSync(timing, "utf8").trim().split("\n").at(-1);
  const [wall, user, system, rssKb] = last.split(" ").map(Number);
  return { wall, cpu: user + system, mb: rssKb / 1024 };
}

/** `report` in this process on `text`: wall and cpu seconds, and the answer. */
function wasmRun(text) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const answer = report(text, { on: TEAM_ON, rule: RULE, format: "csv" });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6, answer };
}

/** The best wall and cpu times of `runs`, and the largest memory. */
const best = (runs) => ({
  wall: Math.min(...runs.map((run) => run.wall)),
  cpu: Math.min(...runs.map((run) => run.cpu)),
  mb: Math.max(...runs.map((run) => run.mb ?? 0)),
});

const teamText = readFileSync(TEAM_FILE, "utf8");
const first = wasmRun(teamText);
const later = best(Array.from({ length: REPEAT }, () => wasmRun(teamText)));
const expected = execFileSync(cli, cliArgs, { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
if (first.answer.text !== expected.toString()) {
  throw new Error("report and staycalc report --format csv disagree");
}
// initSync returns the instance already made: its memory is the one `report` grew.
const wasmMemory = initSync({ module: readFileSync(join(PKG, "report", "staycalc_report_bg.wasm")) }).memory;
const team = {
  rows: first.answer.rows,
  people: first.answer.text.split("\r\n").length - 2,
  mb: Buffer.byteLength(teamText) / 2 ** 20,
  memory: wasmMemory.buffer.byteLength / 2 ** 20,
  all: best(Array.from({ length: REPEAT }, () => nativeRun(false))),
  one: best(Array.from({ length: REPEAT }, () => nativeRun(true))),
};

// 2. evaluateMany on the team file's people, as objects.
const teamPeople = new Map();
for (const line of teamText.split("\n").slice(1)) {
  if (!line) continue;
  const [id, , , entry, exit] = line.split(",");
  let person = teamPeople.get(id);
  if (!person) teamPeople.set(id, (person = { id, stays: [] }));
  person.stays.push({ entry, exit });
}
const teamArray = [...teamPeople.values()];
/** `evaluateMany` on the team's people: wall and cpu seconds, and the answer. */
function manyRun() {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const answer = evaluateMany(teamArray, { on: TEAM_ON, rule: RULE });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6, answer };
}
const manyFirst = manyRun();
{
  const [header, ...rows] = first.answer.text.split("\r\n");
  const [person, daysUsed] = ["person", "days_used"].map((name) => header.split(",").indexOf(name));
  const reported = new Map(rows.filter(Boolean).map((row) => row.split(",")).map((cells) => [cells[person], Number(cells[daysUsed])]));
  const disagree = manyFirst.answer.filter((answer) => reported.get(answer.id) !== answer.days_used);
  if (manyFirst.answer.length !== reported.size || disagree.length > 0) {
    throw new Error(`evaluateMany and report disagree on ${disagree.length} of ${reported.size} people`);
  }
}
manyFirst.answer = null;
const many = best(Array.from({ length: REPEAT }, () => {
  const run = manyRun();
  run.answer = null;
  return run;
}));
first.answer = null;

// 3. One question per call.
const PEOPLE = Number(process.env.PEOPLE ?? 100_000);
const STAYS = 10;
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

/**
 * The baseline: days used and remaining on `on` under 90/180, day by day in plain JS, as the
 * open-source calculators count (every day of every stay in a set, then the set's days within
 * the window ending on `on`). Not part of the package.
 */
function peerDays(stays, on) {
  const DAY = 86_400_000;
  const today = Date.parse(on) / DAY;
  const present = new Set();
  for (const stay of stays) {
    const entry = Date.parse(stay.entry) / DAY;
    const exit = stay.exit ? Date.parse(stay.exit) / DAY : today;
    for (let day = entry; day <= exit; day++) present.add(day);
  }
  let daysUsed = 0;
  for (let day = today - 179; day <= today; day++) if (present.has(day)) daysUsed++;
  return { daysUsed, daysRemaining: Math.max(0, 90 - daysUsed) };
}

/** Microseconds a call of `ask`, after a warm-up of a tenth as many. */
function perCall(ask, runs) {
  for (let i = 0; i < runs / 10; i++) ask();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) ask();
  return Number(process.hrtime.bigint() - start) / runs / 1000;
}

const single = {};
for (const count of [10, 50, 1000]) {
  // 1,000 stays of 1 to 30 days with gaps of 0 to 60 days start about 1900: fewer gaps.
  const stays = count > 100 ? person(random(count), count, 30) : person(random(count), count);
  const request = { rule: RULE, stays, on: ON };
  const traveller = new Traveller({ rule: RULE, stays });
  const main = new MainTraveller({ rule: RULE, stays });
  const peer = peerDays(stays, ON);
  const answer = evaluate(request);
  const answerText = JSON.stringify(answer);
  if (
    [answer.days_used, answer.days_remaining, traveller.daysUsed(ON), traveller.daysRemaining(ON),
      traveller.daysUsed(onDay), traveller.daysRemaining(onDay), main.daysUsed(ON), main.daysRemaining(onDay)].join() !==
    [peer.daysUsed, peer.daysRemaining, peer.daysUsed, peer.daysRemaining, peer.daysUsed, peer.daysRemaining,
      peer.daysUsed, peer.daysRemaining].join()
  ) {
    throw new Error(`the baseline and the package disagree on ${count} stays`);
  }
  const runs = count > 100 ? 2_000 : 20_000;
  const lighter = { ...request, plan: false };
  // The same request with a space before each date: the JavaScript reader leaves it to the
  // module's own reader (field by field), which trims it: `evaluate` as it was before that reader.
  const spaced = { ...request, on: ` ${ON}`, stays: stays.map(({ entry, exit }) => ({ entry: ` ${entry}`, exit: ` ${exit}` })) };
  if (JSON.stringify(evaluate(spaced)) !== answerText) throw new Error(`the two readers disagree on ${count} stays`);
  single[count] = {
    peer: perCall(() => peerDays(stays, ON), runs),
    evaluate: perCall(() => evaluate(request), runs),
    light: perCall(() => evaluate(lighter), runs),
    moduleRead: perCall(() => evaluate(spaced), runs),
    moduleReadLight: perCall(() => evaluate({ ...spaced, plan: false }), runs),
    traveller: perCall(() => traveller.daysUsed(ON) + traveller.daysRemaining(ON), runs * 5),
    travellerDay: perCall(() => traveller.daysUsed(onDay) + traveller.daysRemaining(onDay), runs * 5),
    main: perCall(() => main.daysUsed(ON) + main.daysRemaining(ON), runs * 5),
    mainDay: perCall(() => main.daysUsed(onDay) + main.daysRemaining(onDay), runs * 5),
    // Where `evaluate`'s time goes (both modules built as published): reading the request
    // field by field, as the module's reader does what the JavaScript reader leaves it (a
    // main-module Traveller made and freed: the rule and stays read, checked and merged),
    // the answer once read (its `evaluate`, the whole answer written and parsed), and the
    // `JSON.parse` of that answer's text alone.
    reading: perCall(() => new MainTraveller({ rule: RULE, stays }).free(), runs),
    answering: perCall(() => main.evaluate(ON, { plan: true }), runs),
    parsing: perCall(() => JSON.parse(answerText), runs),
  };
  traveller.free();
  main.free();
}

// 4. the batch, one evaluate per person.
const next = random(42);
const people = Array.from({ length: PEOPLE }, () => person(next, STAYS));

const start = process.hrtime.bigint();
let sum = 0;
for (const stays of people) sum += evaluate({ rule: RULE, stays, on: ON }).days_used;
const wasmMs = Number(process.hrtime.bigint() - start) / 1e6;
const manyStart = process.hrtime.bigint();
const manySum = evaluateMany(people.map((stays) => ({ stays })), { rule: RULE, on: ON })
  .reduce((total, answer) => total + answer.days_used, 0);
const manyMs = Number(process.hrtime.bigint() - manyStart) / 1e6;
if (manySum !== sum) throw new Error(`evaluateMany and evaluate disagree: ${manySum} vs ${sum}`);

const file = join(dir, "people.csv");
const lines = people.flatMap((stays, p) => stays.map((s) => `p${p},${s.entry},${s.exit}`));
writeFileSync(file, lines.join("\n") + "\n");
const binary = join(ROOT, "target", "release", "examples", "batch");
const native = JSON.parse(execFileSync(binary, [file, RULE, ON], { encoding: "utf8" }));
if (native.people !== PEOPLE || native.days_used_sum !== sum) {
  throw new Error(`native and wasm disagree: ${JSON.stringify(native)} vs ${PEOPLE} people, sum ${sum}`);
}

const seconds = (s) => `${fmt(s, 2)} s`;
const timed = (name, run, extra = "") =>
  console.log(`  ${name.padEnd(20)} wall ${seconds(run.wall)}, cpu ${seconds(run.cpu)}${extra}`);
console.log(`node ${process.version}, rule ${RULE}`);
console.log(`report on ${TEAM_FILE} (${fmt(team.mb)} MB, ${team.rows} rows, ${team.people} people) on ${TEAM_ON}, csv:`);
timed("native, every core", team.all, `, max RSS ${fmt(team.all.mb)} MB (best of ${REPEAT})`);
timed("native, one core", team.one, `, max RSS ${fmt(team.one.mb)} MB (best of ${REPEAT})`);
timed("wasm, first call", first, `, WebAssembly memory then ${fmt(team.memory)} MB`);
timed("wasm, later calls", later, ` (best of ${REPEAT})`);
console.log(
  `  wasm / native on one core, cpu: ${fmt(first.cpu / team.one.cpu, 2)}x first call, ` +
    `${fmt(later.cpu / team.one.cpu, 2)}x later calls ` +
    `(wall clock: ${fmt(first.wall / team.one.wall, 2)}x, ${fmt(later.wall / team.one.wall, 2)}x)`,
);
timed("evaluateMany", many, ` on the same ${teamArray.length} people as objects (best of ${REPEAT})`);
console.log(
  `  evaluateMany / native report on one core, cpu: ${fmt(many.cpu / team.one.cpu, 2)}x ` +
    `(goal 1.5x; first call ${fmt(manyFirst.cpu / team.one.cpu, 2)}x; wall clock ${fmt(many.wall / team.one.wall, 2)}x)`,
);
console.log(`one question on ${ON} (days used and remaining, ${RULE}), µs a call, and the baseline's time / the call's:`);
for (const [count, times] of Object.entries(single)) {
  const ratio = (name) => `${fmt(times[name], 2)} µs (${fmt(times.peer / times[name], 1)}x)`;
  console.log(
    `  ${String(count).padStart(4)} stays: baseline (plain JS, day by day) ${fmt(times.peer, 2)} µs; ` +
      `evaluate ${ratio("evaluate")}; evaluate plan: false ${ratio("light")}; ` +
      `evaluate read by the module (as before the JavaScript reader) ${ratio("moduleRead")}, ` +
      `plan: false ${ratio("moduleReadLight")}; ` +
      `Traveller (staycalc/report) ${ratio("traveller")}, by day number ${ratio("travellerDay")}; ` +
      `Traveller (staycalc) ${ratio("main")}, by day number ${ratio("mainDay")}`,
  );
  console.log(
    `        evaluate's time: the module's reader (a Traveller made and freed) ${fmt(times.reading, 2)} µs, the answer once read ` +
      `${fmt(times.answering, 2)} µs, of which JSON.parse ${fmt(times.parsing, 2)} µs`,
  );
}
console.log("  goals: 10 stays at least 10x and under 5 µs; 1,000 stays at least 50x");
console.log(`batch of ${PEOPLE} people x ${STAYS} stays:`);
console.log(`  wasm (evaluate per person): ${fmt(wasmMs)} ms (${fmt((wasmMs * 1000) / PEOPLE, 2)} µs a person)`);
console.log(`  wasm (one evaluateMany):    ${fmt(manyMs)} ms (${fmt((manyMs * 1000) / PEOPLE, 2)} µs a person)`);
console.log(`  native (examples/batch.rs): ${fmt(native.ms)} ms (${fmt((native.ms * 1000) / PEOPLE, 2)} µs a person)`);
console.log(`  wasm / native: ${fmt(wasmMs / native.ms, 2)}x`);
