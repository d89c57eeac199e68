// Makes `Traveller`'s `daysUsed` and `daysRemaining` answer a day number in one call into the
// module, in the glue wasm-bindgen wrote for it (the main module's, and that of
// `staycalc/report`: both hold `Traveller`): each method first asks `travellerDaysOn`
// (npm/traveller.js, appended), and goes on as wasm-bindgen wrote it when that gives -1; the
// wrapper wasm-bindgen wrote for the module's private `travellerDays` is no longer exported.
// No code runs when the glue loads, so a bundler can still leave `Traveller` out of an app
// that does not use it.
//
//   node npm/fast-traveller.mjs pkg/staycalc.js
//
// Fails, rather than write glue that cannot work, when a line it changes is not there once.
import { readFileSync, writeFileSync } from "node:fs";

const [glue] = process.argv.slice(2);
if (!glue) throw new Error("usage: node npm/fast-traveller.mjs GLUE.js");
let text = readFileSync(glue, "utf8");
const ask = (remaining) =>
  `        const days = travellerDaysOn(this, on, ${remaining});\n        if (days >= 0) return days;\n`;
for (const [from, to] of [
  ["export function travellerDays(", "function travellerDays("],
  ["    daysUsed(on) {\n", `    daysUsed(on) {\n${ask(0)}`],
  ["    daysRemaining(on) {\n", `    daysRemaining(on) {\n${ask(1)}`],
]) {
  if (text.split(from).length !== 2) throw new Error(`${glue}: expected one \`${from.trim()}\``);
  text = text.replace(from, to);
}
writeFileSync(glue, text + readFileSync(new URL("./traveller.js", import.meta.url), "utf8"));
