// Appends npm/traveller.js, `Traveller`'s `daysUsed` and `daysRemaining` asked with a day
// number in one call, to a module's glue written by wasm-bindgen (the main module's and that
// of `staycalc/report`: both hold `Traveller`).
//
//   node npm/fast-traveller.mjs pkg/staycalc.js
//
// Fails, rather than write glue that cannot work, when the glue has no `Traveller` with the
// private `daysOn` and the two methods it replaces.
import { readFileSync, writeFileSync } from "node:fs";

const [glue] = process.argv.slice(2);
if (!glue) throw new Error("usage: node npm/fast-traveller.mjs GLUE.js");
const text = readFileSync(glue, "utf8");
for (const needed of ["export class Traveller {", "wasm.traveller_daysOn(", "    daysUsed(on) {", "    daysRemaining(on) {"]) {
  if (text.split(needed).length !== 2) throw new Error(`${glue}: expected one \`${needed}\``);
}
writeFileSync(glue, text + readFileSync(new URL("./traveller.js", import.meta.url), "utf8"));
