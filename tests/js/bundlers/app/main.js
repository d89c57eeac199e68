// The tiny app each bundler builds, as a user of the package would write it: `staycalc`
// imported statically, `staycalc/report` loaded on demand (a chunk and a .wasm of its own).
// It writes what it found into #out: `answer [...]`, or `failed <error>`.
import init, { evaluate, isStaycalcError } from "staycalc";

const stays = [
  { entry: "2014-08-15", exit: "2014-09-30" },
  { entry: "2014-11-01", exit: "2014-11-30" },
];
const on = "2014-11-30";

async function main() {
  await init();
  const answer = evaluate({ rule: "schengen", stays, on });
  const { default: initReport, report } = await import("staycalc/report");
  await initReport();
  const csv = ["person,team,entry,exit", ...stays.map((stay) => `Ana,Sales,${stay.entry},${stay.exit}`)];
  const team = report(`${csv.join("\n")}\n`, { on, rule: "schengen" });
  let code = "none";
  try {
    report("", { on, rule: "schengen" });
  } catch (error) {
    code = isStaycalcError(error) ? error.code : `not a StaycalcError: ${error}`;
  }
  return [
    answer.days_used,
    answer.latest_exit,
    team.people.map((person) => [person.person, person.team, person.days_used, person.latest_exit]),
    code,
  ];
}

const out = document.getElementById("out");
main().then(
  (shown) => {
    out.textContent = `answer ${JSON.stringify(shown)}`;
  },
  (error) => {
    out.textContent = `failed ${error}`;
  },
);
