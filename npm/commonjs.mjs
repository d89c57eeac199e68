// Writes the CommonJS entry of one of the package's modules for Node's `require`, from the ES
// module wasm-bindgen wrote for it (target `web`): the same glue, with its `export`s turned
// into `module.exports` and the `.wasm` beside it loaded synchronously, as the ES entries
// (node.js) load it. `require("staycalc")` then works on every Node 20, where `require` of an
// ES module needs Node 20.19 (22.12 in the 22 line).
//
//   node npm/commonjs.mjs pkg/staycalc.js pkg/node.cjs staycalc_bg.wasm
//
// Fails, rather than write a file that cannot load, when the glue holds an `import` or an
// `export` it does not know.
import { readFileSync, writeFileSync } from "node:fs";

const [glue, out, wasm] = process.argv.slice(2);
if (!wasm) throw new Error("usage: node npm/commonjs.mjs GLUE.js OUT.cjs WASM_FILE_NAME");

const names = [];
let defaultExport = null;
const lines = readFileSync(glue, "utf8").split("\n").map((line) => {
  const declared = /^export (function|class) ([A-Za-z_$][\w$]*)/.exec(line);
  if (declared) {
    names.push(declared[2]);
    return line.slice("export ".length);
  }
  const list = /^export \{ initSync, (\w+) as default \};$/.exec(line);
  if (list) {
    names.push("initSync");
    defaultExport = list[1];
    return "";
  }
  return line.replaceAll("import.meta.url", 'require("node:url").pathToFileURL(__filename)');
});
const left = lines.filter((line) => /^\s*(import|export)\b/.test(line) || line.includes("import.meta"));
if (left.length > 0 || defaultExport === null) {
  throw new Error(`${glue}: cannot turn into CommonJS: ${left.join(" | ") || "no default export"}`);
}
const exported = [...names.map((name) => `  ${name},`), `  default: ${defaultExport},`].join("\n");
const text = `"use strict";
// The CommonJS entry for Node's \`require\`, written by npm/commonjs.mjs from ${glue.split("/").at(-1)}.
${lines.join("\n").trimEnd()}

initSync({ module: require("node:fs").readFileSync(require("node:path").join(__dirname, ${JSON.stringify(wasm)})) });

module.exports = {
${exported}
};
`;
writeFileSync(out, text);
