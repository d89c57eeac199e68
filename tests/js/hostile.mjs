// Hostile calls of both modules, shared by Node (hostile.test.mjs) and headless Chromium (the
// same file served to a page): requests whose every access can throw (Proxies with throwing
// traps, revoked Proxies, throwing getters, getters calling the module again, arrays of length
// 2 ** 32 - 1). Each call must throw a StaycalcError (a coded error, not a trap), and the
// modules must answer normal calls rightly afterwards.

/** A Proxy whose every trap throws. */
function trapped(target = {}) {
  const fail = () => {
    throw new TypeError("trap");
  };
  return new Proxy(target, {
    get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail,
  });
}

/** A revoked Proxy: any operation on it throws. */
function revoked(target = {}) {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** `object` with a getter for `key` that throws. */
function throwing(object, key) {
  return Object.defineProperty({ ...object }, key, {
    enumerable: true,
    get() {
      throw new RangeError(`no ${key}`);
    },
  });
}

const good = () => ({ rule: "schengen", stays: [{ entry: "2014-08-15", exit: "2014-09-30" }], on: "2014-11-30" });

/** Hostile requests for the main module's exports, each made afresh. */
export function hostileRequests(staycalc) {
  return [
    () => trapped(),
    () => trapped(good()),
    () => revoked(),
    () => revoked(good()),
    () => throwing(good(), "rule"),
    () => throwing(good(), "stays"),
    () => throwing(good(), "on"),
    () => ({ ...good(), stays: trapped([]) }),
    () => ({ ...good(), stays: revoked([]) }),
    () => ({ ...good(), stays: new Array(2 ** 32 - 1) }),
    () => ({ ...good(), stays: trapped(new Array(2 ** 32 - 1)) }),
    () => ({ ...good(), stays: new Proxy([], { get: (t, k) => (k === "length" ? 2 ** 31 : t[k]) }) }),
    () => ({ ...good(), stays: [trapped()] }),
    () => ({ ...good(), stays: [revoked()] }),
    () => ({ ...good(), stays: [throwing({ exit: "2014-09-30" }, "entry")] }),
    () => ({ ...good(), stays: [throwing({ entry: "2014-08-15" }, "exit")] }),
    () => ({ ...good(), rule: trapped({ window: 180, max: 90 }) }),
    () => ({ ...good(), rule: throwing({ window: 180 }, "max") }),
    () => ({ ...good(), rule: revoked() }),
    // A getter that calls the module again before throwing.
    () =>
      Object.defineProperty(good(), "on", {
        enumerable: true,
        get() {
          staycalc.evaluate(good());
          throw new Error("after a call");
        },
      }),
    () => ({ ...good(), on: "2014-11-30".repeat(100_000) }),
  ];
}

/** Hostile options and texts for `report`, each made afresh. */
export function hostileReports() {
  const text = "person,entry,exit\nAna,2014-08-15,2014-09-30\n";
  const options = () => ({ on: "2014-11-30", rule: "schengen" });
  return [
    () => [text, trapped()],
    () => [text, revoked()],
    () => [text, throwing(options(), "on")],
    () => [text, throwing(options(), "rule")],
    () => [text, { ...options(), rule: trapped({ window: 180, max: 90 }) }],
    () => [trapped(), options()],
    () => [revoked(), options()],
  ];
}

/**
 * Hostile calls of `evaluateMany` (module `staycalc/report`) and `Traveller` (of both modules,
 * `staycalc` and `staycalc/report`): each hostile request as a person, as the people, as a
 * Traveller's request and as its date, and hostile options.
 */
export function hostileMany(staycalcReport, staycalc) {
  const options = { on: "2014-11-30", rule: "schengen" };
  const { Traveller, evaluateMany } = staycalcReport;
  const traveller = new Traveller({ rule: "schengen", stays: good().stays });
  const mainTraveller = new staycalc.Traveller({ rule: "schengen", stays: good().stays });
  return [
    (request) => evaluateMany([good(), request], options),
    (request) => evaluateMany(request, options),
    (request) => evaluateMany([good()], request),
    (request) => new Traveller(request),
    (request) => traveller.daysUsed(request),
    (request) => traveller.evaluate("2014-11-30", request),
    (request) => new staycalc.Traveller(request),
    (request) => mainTraveller.daysRemaining(request),
    (request) => mainTraveller.evaluate(request, { plan: true }),
    (request) => mainTraveller.evaluate("2014-11-30", request),
    () => evaluateMany(new Array(2 ** 32 - 1), options),
    () => evaluateMany(trapped([good()]), options),
    () => evaluateMany([{ stays: [], id: trapped() }], options),
    () => evaluateMany([throwing({ stays: [] }, "id")], options),
  ];
}

/**
 * Makes `count` hostile calls, in turn of the main module's four request-taking exports, of
 * `report`, and of `evaluateMany` and both modules' `Traveller`. Returns how many threw something other
 * than a StaycalcError, with the first.
 */
export function hostileCalls(staycalc, staycalcReport, count) {
  const exports = [staycalc.evaluate, staycalc.planCheck, staycalc.timeline, staycalc.earliestEntry];
  const requests = hostileRequests(staycalc);
  const reports = hostileReports();
  const many = hostileMany(staycalcReport, staycalc);
  let other = 0;
  let first = null;
  for (let call = 0; call < count; call++) {
    try {
      if (call % 6 === 5) {
        many[call % many.length](requests[(call >> 1) % requests.length]());
      } else if (call % 6 === 4) {
        const [text, options] = reports[call % reports.length]();
        staycalcReport.report(text, options);
      } else {
        exports[call % exports.length](requests[call % requests.length]());
      }
      other++;
      first ??= `call ${call} returned`;
    } catch (error) {
      if (!staycalc.isStaycalcError(error)) {
        other++;
        first ??= `call ${call}: ${error}`;
      }
    }
  }
  return { other, first };
}

/** A normal call of each module: the figures of SEM example 5a's first stays. */
export function normalAnswers(staycalc, staycalcReport) {
  const answer = staycalc.evaluate(good());
  const team = staycalcReport.report("person,entry,exit\nAna,2014-08-15,2014-09-30\n", {
    on: "2014-11-30",
    rule: "schengen",
  });
  const [many] = staycalcReport.evaluateMany([good()], {});
  const traveller = new staycalcReport.Traveller({ rule: "schengen", stays: good().stays });
  const mainTraveller = new staycalc.Traveller({ rule: "schengen", stays: good().stays });
  return [
    answer.days_used,
    answer.latest_exit,
    team.people[0].days_used,
    staycalc.rules().length > 0,
    many.days_used,
    traveller.daysUsed("2014-11-30"),
    mainTraveller.daysUsed("2014-11-30"),
  ];
}
