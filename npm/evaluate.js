
// `evaluate`, read in JavaScript (appended to the main module's glue by npm/fast-evaluate.mjs,
// which renames wasm-bindgen's `evaluate` to `evaluateRead` and keeps `evaluateDates` private).
//
// A request of the plain shape (an object with only `evaluate`'s keys, each stay an object
// whose `entry` and `exit` are strings of ten characters or an `exit` absent, `null` or empty,
// `on` a string of ten characters, `warn_below` a whole number, `plan` a boolean) is read here:
// its dates cross the boundary as one string (`evaluateDates`), where reading them field by
// field from WebAssembly costs a dozen calls a stay; the module parses them as it parses any
// date, and reads the rule as `evaluate` reads it. The answer comes back as values in one
// array, the answer's then the verdicts', made into objects here with the keys and in the
// order of the module's own answer. Anything else, and any error, is `evaluateRead`'s, the
// module's own reader, which reads the request again field by field and words every error as
// it always has; so the answer and the errors are the same either way (tests/js/fast.test.mjs
// compares the two). What only a caller's code can see: a getter or a Proxy of a request this
// reader gave up on runs twice.

/** The keys of `evaluate`'s request. */
const EVALUATE_KEYS = ["rule", "stays", "on", "warn_below", "plan", "warnBelow"];
/** The exit of a stay under way in `evaluateDates`'s dates (the module reads an exit starting with a space so). */
const NO_EXIT = "          ";
/** The most stays a request may hold (src/wasm/stays.rs `MAX_STAYS`). */
const MOST_STAYS = 1000000;
/** The values of the answer in `evaluateDates`'s answer: `Evaluation`'s members before `plan`. */
const ANSWER_VALUES = 24;
/** The values of a verdict in `evaluateDates`'s answer: a `PlannedStay`'s fields. */
const VERDICT_VALUES = 8;
const hasOwn = Object.hasOwn;

/** The own property `key` of `object`, or `undefined`, as the module reads a field. */
function ownField(object, key) {
  return hasOwn(object, key) ? object[key] : undefined;
}

/** `warn_below`'s value: `undefined` (absent or `null`), a whole number, or `NaN` (refused). */
function warnValue(value) {
  if (value === undefined || value === null) return undefined;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4294967295 ? value : NaN;
}

/**
 * The arguments of `evaluateDates` for `request` when it has the plain shape, else
 * `undefined`: the rule, the dates, `warn_below` (-1 for none) and `plan`.
 */
function plainRequest(request) {
  if (typeof request !== "object" || request === null || Array.isArray(request)) return undefined;
  const keys = Object.keys(request);
  for (let i = 0; i < keys.length; i++) if (!EVALUATE_KEYS.includes(keys[i])) return undefined;
  const rule = ownField(request, "rule");
  let dates = ownField(request, "on");
  if (typeof dates !== "string" || dates.length !== 10) return undefined;
  const stays = ownField(request, "stays");
  if (!Array.isArray(stays)) return undefined;
  const count = stays.length;
  if (!(count <= MOST_STAYS)) return undefined;
  for (let i = 0; i < count; i++) {
    const stay = hasOwn(stays, i) ? stays[i] : undefined;
    if (typeof stay !== "object" || stay === null || Array.isArray(stay)) return undefined;
    const entry = ownField(stay, "entry");
    if (typeof entry !== "string" || entry.length !== 10) return undefined;
    let exit = ownField(stay, "exit");
    if (exit === undefined || exit === null || exit === "") {
      // A stay under way: the module refuses a key that looks like a misspelt `exit`; here
      // only `entry`, `exit` and `country` are taken.
      const stayKeys = Object.keys(stay);
      for (let k = 0; k < stayKeys.length; k++) {
        const key = stayKeys[k];
        if (key !== "entry" && key !== "exit" && key !== "country") return undefined;
      }
      exit = NO_EXIT;
    } else if (typeof exit !== "string" || exit.length !== 10 || exit.charCodeAt(0) === 32) {
      // The module takes an exit starting with a space for no exit.
      return undefined;
    }
    dates += entry + exit;
  }
  const warnBelow = warnValue(ownField(request, "warn_below"));
  const oldWarnBelow = warnValue(ownField(request, "warnBelow"));
  if (warnBelow !== warnBelow || oldWarnBelow !== oldWarnBelow) return undefined;
  const plan = ownField(request, "plan");
  if (plan !== undefined && plan !== null && typeof plan !== "boolean") return undefined;
  return [rule, dates, warnBelow ?? oldWarnBelow ?? -1, plan !== false, count];
}

/**
 * `evaluate`'s answer from `evaluateDates`'s values: the answer's members in the module's
 * order (src/assessment.rs `ASSESSMENT`, after the rule's `rule` and `rule_name`), then the
 * verdicts, eight values a stay; or `undefined` when the values are not as many as that, for
 * the module's reader to answer.
 */
function answerOf(v, stays, plan) {
  if (v.length !== ANSWER_VALUES + (plan ? stays * VERDICT_VALUES : 0)) return undefined;
  const verdicts = new Array(plan ? stays : 0);
  for (let i = 0, at = ANSWER_VALUES; i < verdicts.length; i++, at += VERDICT_VALUES) {
    verdicts[i] = {
      row: v[at],
      entry: v[at + 1],
      exit: v[at + 2],
      planned: v[at + 3],
      unlawful_days: v[at + 4],
      first_unlawful_day: v[at + 5],
      later_unlawful_days: v[at + 6],
      latest_exit: v[at + 7],
    };
  }
  return {
    rule: v[0],
    rule_name: v[1],
    on: v[2],
    window_start: v[3],
    days_used: v[4],
    limit: v[5],
    days_remaining: v[6],
    overstay_days: v[7],
    unlawful_days: v[8],
    first_unlawful_day: v[9],
    past_unlawful_days: v[10],
    present: v[11],
    day_of_stay: v[12],
    per_entry_cap: v[13],
    days_left_in_stay: v[14],
    per_entry_last_day: v[15],
    latest_exit: v[16],
    latest_exit_keeping_plans: v[17],
    max_stay_days: v[18],
    binding: v[19],
    full_allowance: v[20],
    earliest_full_stay: v[21],
    status: v[22],
    warnings: v[23],
    plan: verdicts,
  };
}

export function evaluate(request) {
  let plain;
  try {
    plain = plainRequest(request);
  } catch {
    // A throwing getter or Proxy trap: the module's reader says which.
  }
  if (plain !== undefined) {
    let answer;
    try {
      answer = answerOf(evaluateDates(plain[0], plain[1], plain[2], plain[3]), plain[4], plain[3]);
    } catch {
      // The module's reader words the error (the row, the field, the value).
    }
    if (answer !== undefined) return answer;
  }
  return evaluateRead(request);
}
