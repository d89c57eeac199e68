// The lighter and batch calls: `evaluate` with `plan: false`, `evaluateMany` (module
// `staycalc/report`) and `Traveller` (both modules: `staycalc` and `staycalc/report`), each checked against `evaluate` on seeded random histories
// (past, open, overlapping and planned stays, catalogue and custom rules), and their errors.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { PKG, thrown } from "./support.mjs";

const { evaluate, isStaycalcError, rules, Traveller: MainTraveller } = await import(pathToFileURL(join(PKG, "node.js")).href);
const { evaluateMany, Traveller: ReportTraveller } = await import(pathToFileURL(join(PKG, "report", "node.js")).href);
/** The class `Traveller` of each module: the same answers and errors from both. */
const TRAVELLERS = [["staycalc", MainTraveller], ["staycalc/report", ReportTraveller]];

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
const dayOf = (date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const ON = "2025-06-30";
/** The catalogue's rule ids. */
const rulesOf = () => rules().map((rule) => rule.id);
const RULES = ["schengen", "ge", { window: 120, max: 60 }, { window: 180, max: 90, perEntry: 30 }];

/**
 * A random history around `on`: 0 to 12 stays of 0 to 40 days with gaps of -5 (an overlap)
 * to 60 days, some after `on` (planned), and the last sometimes open when it started by then.
 */
function history(next, on = ON) {
  const stays = [];
  let day = dayOf(on) - 300 + Math.floor(next() * 200);
  const count = Math.floor(next() * 13);
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 40);
    stays.push({ entry: iso(day), exit: iso(day + length) });
    day += length + Math.floor(next() * 66) - 5;
  }
  const last = stays.at(-1);
  if (last && dayOf(last.entry) <= dayOf(on) && next() < 0.3) delete last.exit;
  return stays;
}

/** The people of a seeded run: an id, a history, and sometimes a rule or a date of their own. */
function people(seed, count) {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const on = next() < 0.2 ? iso(dayOf(ON) - Math.floor(next() * 30)) : undefined;
    const person = { id: i % 3 === 0 ? i : `p${i}`, stays: history(next, on) };
    if (on) person.on = on;
    if (next() < 0.5) person.rule = RULES[Math.floor(next() * RULES.length)];
    return person;
  });
}

test("evaluate with plan: false is evaluate's answer with no verdicts", () => {
  for (const person of people(1, 200)) {
    const request = { rule: person.rule ?? "schengen", stays: person.stays, on: person.on ?? ON };
    const full = evaluate(request);
    assert.deepEqual(evaluate({ ...request, plan: false }), { ...full, plan: [] });
    assert.deepEqual(evaluate({ ...request, plan: true }), full);
    assert.equal(full.plan.length, person.stays.length);
  }
  const error = thrown(() => evaluate({ rule: "schengen", stays: [], on: ON, plan: "no" }));
  assert.equal(error.code, "bad_request");
  assert.match(error.message, /plan must be true or false, not "no"/);
});

test("evaluateMany answers each person as evaluate does, in order, with the id", () => {
  const team = people(2, 500);
  for (const plan of [false, true]) {
    const answers = evaluateMany(team, { on: ON, rule: "schengen", plan });
    assert.equal(answers.length, team.length);
    team.forEach((person, i) => {
      const { id, ...answer } = answers[i];
      assert.equal(id, person.id);
      const expected = evaluate({
        rule: person.rule ?? "schengen",
        stays: person.stays,
        on: person.on ?? ON,
        plan,
      });
      assert.deepEqual(answer, expected, `person ${i + 1}`);
    });
  }
  assert.deepEqual(evaluateMany([], { on: ON }), []);
  const [anonymous] = evaluateMany([{ rule: "schengen", stays: [], on: ON }], {});
  assert.equal(anonymous.id, null);
  assert.equal(anonymous.days_used, 0);
  assert.deepEqual(evaluateMany([{ rule: "schengen", stays: [], on: ON }]), [anonymous]);
});

test("evaluateMany reads a person from its JSON text only where that text shows its fields plainly", () => {
  // Each person is first read from JSON.stringify's text of it, and read field by field (as
  // evaluate reads it) when that text is not plain: each case below must answer as evaluate.
  const stay = (entry, exit, more = {}) => ({ entry, exit, ...more });
  const hidden = stay("2025-03-01", "2025-03-05");
  Object.defineProperty(hidden, "exit", { value: "2025-03-20", enumerable: false });
  const getter = { get entry() { return "2025-04-01"; }, exit: "2025-04-09" };
  const cases = [
    [stay("2025-01-01", "2025-01-10", { note: 'Paris "old town"\n', where: { city: ["x", 1, null] } })],
    [stay("2025-01-01", "2025-01-10", { note: "é".repeat(600_000) })],
    [stay("2025-01-01", "2025-01-10", { note: "x".repeat(1_100_000) })],
    [stay(" 2025-01-01 ", "2025-01-10")],
    [stay("2025-01-01", "2025-01-10"), { entry: "2025-05-01" }],
    [stay("2025-01-01", "2025-01-10"), { entry: "2025-05-01", exit: "" }],
    [stay("2025-01-01", "2025-01-10"), { entry: "2025-05-01", exit: null }],
    [hidden],
    [getter],
    [stay("2025-02-01", "2025-02-03", { big: 10n })],
  ];
  const team = cases.map((stays, i) => ({ id: i, stays }));
  team.push({ id: "é\u{1F600}", stays: [stay("2025-01-01", "2025-01-02")] });
  team.push({ id: "x".repeat(256), stays: [] }, { id: 2 ** 53 - 1, stays: [], rule: null, on: null });
  team.push({ stays: [], rule: { window: 180, max: 90, per_entry: 30 }, on: "2025-06-01" });
  const answers = evaluateMany(team, { on: ON, rule: "schengen" });
  team.forEach((person, i) => {
    const { id, ...answer } = answers[i];
    assert.equal(id, person.id ?? null, `person ${i + 1}`);
    const request = { rule: person.rule ?? "schengen", stays: person.stays, on: person.on ?? ON, plan: false };
    assert.deepEqual(answer, evaluate(request), `person ${i + 1}`);
  });
  // A hidden exit is read, as evaluate reads it: 20 days, not 5.
  assert.equal(answers[7].days_used, 20);
  // The documented difference: a String object is read as JSON.stringify shows it, its text.
  const boxed = { stays: [stay("2025-03-01", new String("2025-03-09"))] };
  assert.equal(evaluateMany([boxed], { on: ON, rule: "schengen" })[0].days_used, 9);
  assert.equal(thrown(() => evaluate({ ...boxed, rule: "schengen", on: ON })).code, "bad_request");

  // Errors are evaluate's, whichever reading found the person plain or not.
  for (const [person, code] of [
    [{ stays: [stay("2025-01-01", new Date("2025-01-09"))] }, "bad_request"],
    [{ stays: [stay("2025-01-10", "2025-01-09")] }, "exit_before_entry"],
    [{ stays: [], id: "x".repeat(257) }, "bad_request"],
    [{ stays: [], id: 2 ** 53 }, "bad_request"],
    [{ stays: [], on: "2025-02-30" }, "bad_date"],
  ]) {
    const error = thrown(() => evaluateMany([person], { on: ON, rule: "schengen" }));
    assert.equal(error.code, code, error.message);
  }
});

for (const [module, Traveller] of TRAVELLERS) test(`a Traveller of ${module} answers as evaluate does, on any date`, () => {
  const next = random(3);
  for (const person of people(3, 200)) {
    const rule = person.rule ?? "schengen";
    let traveller;
    try {
      traveller = new Traveller({ rule, stays: person.stays });
    } catch (error) {
      // An open stay is refused only on a date before it: the constructor has none.
      assert.fail(`${JSON.stringify(person)}: ${error.message}`);
    }
    for (let ask = 0; ask < 3; ask++) {
      const on = iso(dayOf(ON) - Math.floor(next() * 60) + 20);
      const request = { rule, stays: person.stays, on };
      let expected;
      try {
        expected = evaluate(request);
      } catch (error) {
        // The same error from the Traveller on that date (an open stay entering after it).
        assert.deepEqual(
          [thrown(() => traveller.daysUsed(on)).code, thrown(() => traveller.evaluate(on)).row],
          [error.code, error.row],
        );
        continue;
      }
      assert.equal(traveller.daysUsed(on), expected.days_used);
      assert.equal(traveller.daysRemaining(on), expected.days_remaining);
      // The same date as a day number (days since 1970-01-01).
      assert.equal(traveller.daysUsed(dayOf(on)), expected.days_used);
      assert.equal(traveller.daysRemaining(dayOf(on)), expected.days_remaining);
      assert.deepEqual(traveller.evaluate(dayOf(on)), { ...expected, plan: [] });
      assert.deepEqual(traveller.evaluate(on), { ...expected, plan: [] });
      assert.deepEqual(traveller.evaluate(on, null), { ...expected, plan: [] });
      assert.deepEqual(traveller.evaluate(on, { plan: true, warn_below: 20 }), evaluate({ ...request, warn_below: 20 }));
    }
    traveller.free();
  }
});

for (const [module, Traveller] of TRAVELLERS) test(`a Traveller of ${module} asked by day number answers as evaluate does, under every rule, from 1990 to 2035`, () => {
  // Day numbers take a path of their own (npm/traveller.js: the module's private `travellerDays`,
  // answering from the presence merged once): every rule of the catalogue and custom ones,
  // dates before a rule is in force, Schengen's fixed periods before 2013-10-18, per-entry
  // caps, calendar years, overlaps and open stays, each against evaluate's answer or error.
  const next = random(4);
  const rules = [...rulesOf(), ...RULES];
  for (let i = 0; i < 300; i++) {
    const rule = rules[i % rules.length];
    const on = iso(dayOf("1990-01-01") + Math.floor(next() * 16_500));
    const stays = history(next, on);
    const traveller = new Traveller({ rule, stays });
    for (let ask = 0; ask < 4; ask++) {
      const day = dayOf(on) + Math.floor(next() * 400) - 200;
      const request = { rule, stays, on: iso(day), plan: false };
      let expected;
      try {
        expected = evaluate(request);
      } catch (error) {
        for (const call of [() => traveller.daysUsed(day), () => traveller.daysRemaining(day)]) {
          const got = thrown(call);
          assert.deepEqual([got.code, got.row, got.message], [error.code, error.row, error.message]);
        }
        continue;
      }
      const context = `${JSON.stringify(request)}`;
      assert.equal(traveller.daysUsed(day), expected.days_used, context);
      assert.equal(traveller.daysRemaining(day), expected.days_remaining, context);
    }
    traveller.free();
  }
});

for (const [module, Traveller] of TRAVELLERS) test(`a Traveller of ${module} asked by day number refuses what evaluate refuses`, () => {
  // 501 stays planned after a date under Schengen's fixed periods: too many for the engine.
  const stays = Array.from({ length: 501 }, (_, i) => ({ entry: iso(dayOf("2001-01-01") + 2 * i), exit: iso(dayOf("2001-01-01") + 2 * i) }));
  const traveller = new Traveller({ rule: "schengen", stays });
  const request = { rule: "schengen", stays, plan: false };
  for (const on of ["2000-12-31", "2001-01-01", "2013-10-18"]) {
    let expected;
    try {
      expected = evaluate({ ...request, on });
    } catch (error) {
      expected = error;
    }
    for (const question of ["daysUsed", "daysRemaining"]) {
      let got;
      try {
        got = traveller[question](dayOf(on));
      } catch (error) {
        got = error;
      }
      if (expected instanceof Error) assert.deepEqual([got.code, got.message], [expected.code, expected.message], on);
      else assert.equal(got, question === "daysUsed" ? expected.days_used : expected.days_remaining, on);
    }
  }
  assert.equal(thrown(() => traveller.daysUsed(dayOf("2000-12-31"))).code, "too_many_planned_stays");
  // A rule not yet in force, a day out of range or not whole, a traveller freed.
  const late = new Traveller({ rule: "kz-turkey", stays: [] });
  assert.equal(thrown(() => late.daysUsed(dayOf("2025-09-07"))).code, "rule_not_in_force");
  assert.equal(late.daysRemaining(dayOf("2025-09-08")), 90);
  for (const day of [-25568, dayOf("2200-01-01"), 20000.5, NaN, Infinity, -0.5]) {
    assert.equal(thrown(() => late.daysUsed(day)).message, thrown(() => late.evaluate(day)).message, String(day));
  }
  const schengen = new Traveller({ rule: "schengen", stays: [{ entry: "1969-12-31", exit: "1970-01-01" }] });
  assert.deepEqual([schengen.daysUsed(-0), schengen.daysUsed(0), schengen.daysRemaining(-0)], [2, 2, 88]);
  traveller.free();
  assert.throws(() => traveller.daysUsed(dayOf("2013-10-18")), /null pointer passed to rust/);
});

test("evaluateMany names the person at fault, and keeps evaluate's code, row and message", () => {
  const bad = { rule: "schengen", stays: [{ entry: "2025-01-10", exit: "2025-01-20" }, { entry: "2025-03-05", exit: "2025-03-01" }] };
  const alone = thrown(() => evaluate({ ...bad, on: ON }));
  const error = thrown(() => evaluateMany([{ stays: [] }, { stays: [] }, { id: "ana", ...bad }], { on: ON, rule: "schengen" }));
  assert.ok(isStaycalcError(error));
  assert.equal(error.code, "exit_before_entry");
  assert.equal(error.row, 2);
  assert.equal(alone.row, 2);
  assert.equal(error.message, `person 3 (id "ana"): ${alone.message}`);

  const cases = [
    [() => evaluateMany([{ stays: [] }], { on: ON }), "bad_request", null, /^person 1: missing field "rule" in the person or the options$/],
    [() => evaluateMany([{ stays: [] }], { rule: "schengen" }), "bad_request", null, /^person 1: missing field "on"/],
    [() => evaluateMany([{ id: 7, stays: [{ entry: "2025-13-01" }] }], { on: ON, rule: "schengen" }), "bad_date", 1, /^person 1 \(id 7\): /],
    [() => evaluateMany([{ stays: [], Rule: "schengen" }], { on: ON }), "bad_request", null, /^person 1: unknown field "Rule" in the person: did you mean "rule"\?/],
    [() => evaluateMany([{ stays: [], id: {} }], { on: ON, rule: "schengen" }), "bad_request", null, /^person 1: id must be a string .* or a whole number, not an object$/],
    [() => evaluateMany([{ stays: [] }, "ana"], { on: ON, rule: "schengen" }), "bad_request", null, /^person 2: the person must be an object/],
    [() => evaluateMany({ stays: [] }, { on: ON, rule: "schengen" }), "bad_request", null, /^people must be an array/],
    [() => evaluateMany(new Array(2 ** 32 - 1), { on: ON, rule: "schengen" }), "bad_request", null, /at most 1000000 people/],
    [() => evaluateMany([], { on: ON, rule: "schengen", Plan: true }), "bad_request", null, /did you mean "plan"\?/],
    [() => evaluateMany([{ stays: [] }], { on: ON, rule: "nowhere" }), "unknown_rule", null, /nowhere/],
    ...TRAVELLERS.flatMap(([, Traveller]) => [
      [() => new Traveller({ rule: "schengen", stays: [{ entry: "2025-01-01", exit: "2024-12-01" }] }), "exit_before_entry", 1, /row 1/],
      [() => new Traveller({ rule: "schengen", stays: [], on: ON }), "bad_request", null, /unknown field "on"/],
      [() => new Traveller({ rule: "schengen", stays: [] }).daysUsed("2025-02-30"), "bad_date", null, /2025-02-30/],
      [() => new Traveller({ rule: "schengen", stays: [] }).daysUsed(20250101), "bad_request", null, /on must be a date string/],
      [() => new Traveller({ rule: "schengen", stays: [] }).evaluate(ON, { plan: 1 }), "bad_request", null, /plan must be true or false/],
      [() => new Traveller({ rule: "schengen", stays: [] }).daysUsed(20000.5), "bad_request", null, /whole number of days since 1970-01-01, not 20000.5/],
      [() => new Traveller({ rule: "schengen", stays: [] }).daysUsed(NaN), "bad_request", null, /not NaN/],
      [() => new Traveller({ rule: "schengen", stays: [] }).daysUsed(-25568), "date_out_of_range", null, /1899-12-31/],
      [() => new Traveller({ rule: "schengen", stays: [] }).daysUsed(dayOf("2200-01-01")), "date_out_of_range", null, /2200-01-01/],
    ]),
  ];
  for (const [call, code, row, message] of cases) {
    const error = thrown(call);
    assert.ok(isStaycalcError(error), String(error));
    assert.deepEqual([error.code, error.row], [code, row], error.message);
    assert.match(error.message, message);
  }
});
