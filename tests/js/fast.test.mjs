// `evaluate`'s two readers answer alike: a request of the plain shape is read in JavaScript
// (npm/evaluate.js), its dates cross as one string and its answer comes back as values made
// into objects there; anything else is read field by field by the module (`evaluateRead`),
// whose answer is its JSON text parsed. The module's reader is reached here with the same request whose
// dates have a space around them, which it trims and the JavaScript reader does not take: so
// on seeded random requests (catalogue rules and ids in other cases, unknown rules, past,
// open, overlapping and planned stays, dates at the engine's range and beyond, leap days and
// dates that do not exist, exits before entries, `warn_below`, `plan`), both answers, or both
// errors (code, message, row), must be the same. And requests that the JavaScript reader
// leaves to the module (misspelt keys, wrong types, holes, huge arrays, getters) keep their
// errors, with the getter of a request that reader takes run once.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { PKG } from "./support.mjs";

const { evaluate, rules } = await import(pathToFileURL(join(PKG, "node.js")).href);

/** mulberry32: a small seeded generator. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (day) => {
  const text = new Date(day * DAY).toISOString();
  // Years after 9999 are written +YYYYYY: not a date string the package takes.
  return text.startsWith("+") ? text : text.slice(0, 10);
};
const dayOf = (date) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** What a call gives: its answer, or what it threw (name, code, message, row). */
function outcome(call) {
  try {
    return { answer: call() };
  } catch (error) {
    return { threw: { name: error.name, code: error.code, message: error.message, row: error.row } };
  }
}

/** `request` with a space before each date string, which only the module's reader takes. */
function spaced(request) {
  const pad = (value) => (typeof value === "string" && value !== "" ? ` ${value}` : value);
  return {
    ...request,
    on: pad(request.on),
    stays: request.stays.map((stay) => ({ ...stay, entry: pad(stay.entry), exit: pad(stay.exit) })),
  };
}

const CHECK_DATES = ["2025-06-30", "2024-02-29", "1901-06-30", "1900-06-30", "2199-12-31", "2013-10-17", "1999-12-31"];
const ODD_DATES = ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "1899-12-31", "2200-01-01", "2024-1-01", "20240101"];

/** A random request: mostly valid, sometimes with one thing wrong that the engine refuses. */
function request(next) {
  const pick = (items) => items[Math.floor(next() * items.length)];
  const on = next() < 0.6 ? "2025-06-30" : next() < 0.9 ? pick(CHECK_DATES) : pick(ODD_DATES);
  const onDay = Number.isNaN(dayOf(on)) ? dayOf("2025-06-30") : dayOf(on);
  const stays = [];
  let day = onDay - 400 + Math.floor(next() * 400);
  const count = Math.floor(next() * 14);
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 40) - (next() < 0.01 ? 45 : 0);
    const stay = { entry: iso(day), exit: iso(day + length) };
    const odd = next();
    if (odd < 0.005) stay.entry = pick(ODD_DATES);
    else if (odd < 0.01) stay.exit = pick(ODD_DATES);
    else if (odd < 0.05) stay.id = `p${i}`;
    stays.push(stay);
    day += length + 1 + Math.floor(next() * 70) - 8;
  }
  const last = stays.at(-1);
  if (last && next() < 0.3) {
    const open = next();
    if (open < 0.4) delete last.exit;
    else if (open < 0.7) last.exit = null;
    else last.exit = "";
  }
  const request = { rule: next() < 0.6 ? "schengen" : pick(RULE_IDS), stays, on };
  const options = next();
  if (options < 0.2) request.plan = false;
  else if (options < 0.3) request.plan = true;
  else if (options < 0.35) request.plan = null;
  if (next() < 0.2) request.warn_below = Math.floor(next() * 20);
  if (next() < 0.05) request.warnBelow = Math.floor(next() * 20);
  return request;
}

const RULE_IDS = [...rules().map((rule) => rule.id), "SCHENGEN", "no-such-rule"];

test("the JavaScript reader and the module's reader give the same answers and errors on 3,000 random requests", () => {
  const next = random(18);
  const seen = { answers: 0, errors: 0, open: 0, plans: 0, codes: {} };
  for (let i = 0; i < 3000; i++) {
    const plain = request(next);
    const fast = outcome(() => evaluate(plain));
    const module = outcome(() => evaluate(spaced(plain)));
    // A message quoting a date quotes it with the space added.
    if (module.threw) module.threw.message = module.threw.message.replace(/"  *(?=[0-9])/g, '"');
    assert.deepEqual(fast, module, JSON.stringify(plain));
    // The members in the same order too (the JavaScript writes the answer's keys itself).
    assert.equal(JSON.stringify(fast), JSON.stringify(module));
    if (fast.answer) {
      seen.answers++;
      if (fast.answer.plan.length > 0) seen.plans++;
      if (plain.stays.some((stay) => !stay.exit)) seen.open++;
    } else {
      seen.errors++;
      seen.codes[fast.threw.code] = (seen.codes[fast.threw.code] ?? 0) + 1;
    }
  }
  // The cases were made: many answers with verdicts and open stays, and errors.
  assert.ok(seen.answers > 1500 && seen.plans > 1000 && seen.open > 200 && seen.errors > 300, JSON.stringify(seen));
});

test("every date of the engine's range reads alike in both readers", () => {
  // Days from 1900-01-01 to 2199-12-31 (every 211th, and three about each turn of a year),
  // each as an entry, an exit and a check date.
  for (let day = dayOf("1900-01-01"); day <= dayOf("2199-12-31"); day += 1) {
    if (day % 211 !== 0 && day % 365 > 1 && day % 365 < 364) continue;
    const date = iso(day);
    const plain = { rule: "schengen", stays: [{ entry: date, exit: date }], on: date };
    assert.deepEqual(outcome(() => evaluate(plain)), outcome(() => evaluate(spaced(plain))), date);
    assert.equal(evaluate(plain).days_used, 1, date);
  }
});

test("requests the JavaScript reader leaves to the module keep their errors", () => {
  const good = () => ({ rule: "schengen", stays: [{ entry: "2025-01-10", exit: "2025-01-20" }], on: "2025-06-30" });
  const cases = [
    [{ ...good(), Stays: [] }, "bad_request", /unknown field "Stays" in the request: did you mean "stays"\?/],
    [{ ...good(), warnbelow: 3 }, "bad_request", /unknown field "warnbelow"/],
    [{ rule: "schengen", on: "2025-06-30" }, "bad_request", /missing field "stays" in the request/],
    [{ ...good(), stays: "2025-01-10" }, "bad_request", /stays must be an array/],
    [{ ...good(), stays: [[ "2025-01-10", "2025-01-20" ]] }, "bad_request", /stay must be an object .* \(row 1\)/],
    [{ ...good(), stays: [null] }, "bad_request", /stay must be an object .* \(row 1\)/],
    [{ ...good(), stays: [{ entry: "2025-01-10", exit: "2025-01-20" }, , { entry: "2025-02-10" }] }, "bad_request", /\(row 2\)/],
    [{ ...good(), stays: [{ entry: "2025-01-10", Exit: "2025-01-20" }] }, "bad_request", /unknown field "Exit" in the stay: did you mean "exit"\? \(row 1\)/],
    [{ ...good(), stays: [{ entry: 20250110, exit: "2025-01-20" }] }, "bad_request", /entry must be a date string YYYY-MM-DD, not 20250110 \(row 1\)/],
    [{ ...good(), stays: [{ entry: "2025-01-10", exit: new Date() }] }, "bad_request", /exit must be a date string/],
    [{ ...good(), stays: [{ entry: "2025-01-20", exit: "2025-01-10" }] }, "exit_before_entry", /row 1/],
    [{ ...good(), stays: [{ entry: "2025-02-30", exit: "2025-03-10" }] }, "bad_date", /2025-02-30/],
    [{ ...good(), stays: [{ entry: "2200-01-01", exit: "2200-01-10" }] }, "date_out_of_range", /2200-01-01/],
    [{ ...good(), stays: [{ entry: "2025-07-01" }] }, "open_stay_after_check_date", /./],
    [{ ...good(), rule: "schengenn" }, "unknown_rule", /schengenn/],
    [{ ...good(), rule: 90 }, "bad_request", /rule must be a rule id/],
    [{ ...good(), on: 20250630 }, "bad_request", /on must be a date string YYYY-MM-DD, not 20250630/],
    [{ ...good(), on: "30.06.2025" }, "bad_date", /30\.06\.2025/],
    [{ ...good(), plan: "yes" }, "bad_request", /plan must be true or false, not "yes"/],
    [{ ...good(), warn_below: -1 }, "bad_request", /warn_below must be a whole number of days, not -1/],
    [{ ...good(), warn_below: 3, warnBelow: 1.5 }, "bad_request", /warnBelow must be a whole number of days, not 1.5/],
    [{ ...good(), stays: new Array(1_000_001) }, "bad_request", /at most 1000000 stays/],
    [{ ...good(), stays: [{ entry: "2025-01-10", exit: "x".repeat(5000) }] }, "bad_request", /5000 characters/],
  ];
  for (const [bad, code, message] of cases) {
    const error = outcome(() => evaluate(bad)).threw;
    assert.ok(error, `no error for ${JSON.stringify(bad)}`);
    assert.equal(error.name, "StaycalcError");
    assert.equal(error.code, code, error.message);
    assert.match(error.message, message);
  }
});

test("a stay of its own keys, under way or not, and sparse or inherited values read as the module reads them", () => {
  const on = "2025-06-30";
  // With both dates a stay's own keys are ignored; under way, `country` and `id` are.
  const withKeys = { rule: "schengen", on, stays: [{ entry: "2025-06-01", exit: "2025-06-10", note: "x", id: 3 }, { entry: "2025-06-20", id: 4 }] };
  assert.deepEqual(outcome(() => evaluate(withKeys)), outcome(() => evaluate(spaced(withKeys))));
  assert.equal(evaluate(withKeys).days_used, 21);
  // A value on a prototype is not a field: an inherited exit leaves the stay open.
  const inherited = Object.create({ exit: "2025-06-05" });
  inherited.entry = "2025-06-01";
  assert.equal(evaluate({ rule: "schengen", on, stays: [inherited] }).days_used, 30);
  const proto = Object.create({ plan: false });
  Object.assign(proto, { rule: "schengen", on, stays: [{ entry: "2025-06-01", exit: "2025-06-05" }] });
  assert.equal(evaluate(proto).plan.length, 1);
  // A non-enumerable own field is read, as the module reads it.
  const hidden = Object.defineProperty({ rule: "schengen", on, stays: [{ entry: "2025-06-01", exit: "2025-06-05" }] }, "plan", { value: false });
  assert.deepEqual(evaluate(hidden).plan, []);
});

test("the getters of a request the JavaScript reader takes run once", () => {
  // Run twice, they would say that the JavaScript reader gave up on the request, or on the
  // module's values for its answer (were they not as many as the answer's keys and verdicts).
  const stays = [{ entry: "2025-06-01", exit: "2025-06-05" }, { entry: "2025-06-20" }];
  for (const options of [{}, { plan: false }, { plan: true, warn_below: 40 }]) {
    let reads = 0;
    const request = Object.defineProperty({ rule: "schengen", on: "2025-06-30", ...options }, "stays", {
      enumerable: true,
      get() {
        reads++;
        return stays;
      },
    });
    const answer = evaluate(request);
    assert.equal(answer.days_used, 16);
    assert.equal(answer.plan.length, options.plan === false ? 0 : 2);
    assert.equal(reads, 1, JSON.stringify(options));
  }
});
