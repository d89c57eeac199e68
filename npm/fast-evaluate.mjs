// Puts the JavaScript reader of `evaluate`'s requests (npm/evaluate.js) into the main module's
// glue, written by wasm-bindgen: its `evaluate` (the module's reader, field by field) becomes
// the private `evaluateRead`, its `evaluateDates` (the plain shape as one string of dates) private too,
// and npm/evaluate.js's `evaluate`, which asks one or the other, is appended.
//
//   node npm/fast-evaluate.mjs pkg/staycalc.js
//
// Fails, rather than write glue that cannot work, when either function is not where expected.
import { readFileSync, writeFileSync } from "node:fs";

const [glue] = process.argv.slice(2);
if (!glue) throw new Error("usage: node npm/fast-evaluate.mjs GLUE.js");
let text = readFileSync(glue, "utf8");
for (const [from, to] of [
  ["export function evaluate(request) {", "function evaluateRead(request) {"],
  ["export function evaluateDates(", "function evaluateDates("],
]) {
  if (text.split(from).length !== 2) throw new Error(`${glue}: expected one \`${from}\``);
  text = text.replace(from, to);
}
text += readFileSync(new URL("./evaluate.js", import.meta.url), "utf8");
writeFileSync(glue, text);
