// Completes the package.json that wasm-pack wrote for the main module: the entry points per
// environment (`exports`) of `staycalc` and of `staycalc/report` (the second module, in
// report/), the Node entries among the published files, and the fields npm shows.
//
//   node npm/package.mjs pkg/package.json
import { readFileSync, writeFileSync } from "node:fs";

const path = process.argv[2];
const manifest = JSON.parse(readFileSync(path, "utf8"));

const report = {
  js: "./report/staycalc_report.js",
  wasm: "./report/staycalc_report_bg.wasm",
  types: "./report/staycalc_report.d.ts",
  node: "./report/node.js",
};

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
    "./report": {
      types: report.types,
      node: report.node,
      default: report.js,
    },
    "./staycalc_bg.wasm": "./staycalc_bg.wasm",
    "./report/staycalc_report_bg.wasm": report.wasm,
    "./package.json": "./package.json",
  },
  files: [
    ...new Set([...manifest.files, "node.js", "README.md"]),
    ...Object.values(report).map((file) => file.slice("./".length)),
  ],
  sideEffects: ["./node.js", report.node],
  engines: { node: ">=20" },
};
writeFileSync(path, `${JSON.stringify(completed, null, 2)}\n`);
