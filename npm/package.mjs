// Completes the package.json that wasm-pack wrote for the main module: the entry points per
// environment (`exports`) of `staycalc`, `staycalc/report` (in report/), `staycalc/trips`
// (in trips/) and `staycalc/documents` (in documents/), the Node entries among the published files, and the fields npm shows.
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

const trips = {
  js: "./trips/staycalc_trips.js",
  wasm: "./trips/staycalc_trips_bg.wasm",
  types: "./trips/staycalc_trips.d.ts",
  node: "./trips/node.js",
};

const documents = {
  js: "./documents/staycalc_documents.js",
  wasm: "./documents/staycalc_documents_bg.wasm",
  types: "./documents/staycalc_documents.d.ts",
  node: "./documents/node.js",
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
    "./trips": {
      types: trips.types,
      node: trips.node,
      default: trips.js,
    },
    "./documents": {
      types: documents.types,
      node: documents.node,
      default: documents.js,
    },
    "./staycalc_bg.wasm": "./staycalc_bg.wasm",
    "./documents/staycalc_documents_bg.wasm": documents.wasm,
    "./trips/staycalc_trips_bg.wasm": trips.wasm,
    "./report/staycalc_report_bg.wasm": report.wasm,
    "./package.json": "./package.json",
  },
  files: [
    ...new Set([...manifest.files, "node.js", "README.md"]),
    ...Object.values(report).map((file) => file.slice("./".length)),
    ...Object.values(trips).map((file) => file.slice("./".length)),
    ...Object.values(documents).map((file) => file.slice("./".length)),
  ],
  sideEffects: ["./node.js", report.node, trips.node, documents.node],
  // `require("staycalc")` of this ES module needs require(esm) unflagged: Node 20.19 in the 20
  // line, 22.12 in the 22 line (21 never had it); `import` alone works on any Node 20.
  engines: { node: "^20.19.0 || >=22.12.0" },
};
writeFileSync(path, `${JSON.stringify(completed, null, 2)}\n`);
