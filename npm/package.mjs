// Completes the package.json that wasm-pack wrote: the entry points per environment (`exports`),
// the Node entry among the published files, and the fields npm shows.
//
//   node npm/package.mjs pkg/package.json
import { readFileSync, writeFileSync } from "node:fs";

const path = process.argv[2];
const manifest = JSON.parse(readFileSync(path, "utf8"));

const completed = {
  ...manifest,
  name: "staycalc",
  main: "./staycalc.js",
  types: "./staycalc.d.ts",
  exports: {
    ".": {
      types: "./staycalc.d.ts",
      node: "./node.js",
      default: "./staycalc.js",
    },
    "./staycalc_bg.wasm": "./staycalc_bg.wasm",
    "./package.json": "./package.json",
  },
  files: [...new Set([...manifest.files, "node.js", "README.md"])],
  sideEffects: ["./node.js"],
  engines: { node: ">=20" },
};
writeFileSync(path, `${JSON.stringify(completed, null, 2)}\n`);
