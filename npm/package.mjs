// Completes the package.json that wasm-pack wrote for the main module: the entry points per
// environment (`exports`: for Node, `require` takes the CommonJS entry that npm/commonjs.mjs
// writes, `import` the ES one; elsewhere the ES module) of `staycalc`, `staycalc/report` (in report/), `staycalc/trips`
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
  require: "./report/node.cjs",
};

const trips = {
  js: "./trips/staycalc_trips.js",
  wasm: "./trips/staycalc_trips_bg.wasm",
  types: "./trips/staycalc_trips.d.ts",
  node: "./trips/node.js",
  require: "./trips/node.cjs",
};

const documents = {
  js: "./documents/staycalc_documents.js",
  wasm: "./documents/staycalc_documents_bg.wasm",
  types: "./documents/staycalc_documents.d.ts",
  node: "./documents/node.js",
  require: "./documents/node.cjs",
};

const completed = {
  ...manifest,
  name: "staycalc",
  main: "./staycalc.js",
  types: "./staycalc.d.ts",
  exports: {
    ".": {
      types: "./staycalc.d.ts",
      node: { require: "./node.cjs", default: "./node.js" },
      default: "./staycalc.js",
    },
    "./report": {
      types: report.types,
      node: { require: report.require, default: report.node },
      default: report.js,
    },
    "./trips": {
      types: trips.types,
      node: { require: trips.require, default: trips.node },
      default: trips.js,
    },
    "./documents": {
      types: documents.types,
      node: { require: documents.require, default: documents.node },
      default: documents.js,
    },
    "./staycalc_bg.wasm": "./staycalc_bg.wasm",
    "./documents/staycalc_documents_bg.wasm": documents.wasm,
    "./trips/staycalc_trips_bg.wasm": trips.wasm,
    "./report/staycalc_report_bg.wasm": report.wasm,
    "./package.json": "./package.json",
  },
  files: [
    ...new Set([...manifest.files, "node.js", "node.cjs", "README.md"]),
    ...Object.values(report).map((file) => file.slice("./".length)),
    ...Object.values(trips).map((file) => file.slice("./".length)),
    ...Object.values(documents).map((file) => file.slice("./".length)),
  ],
  sideEffects: [
    "./node.js",
    "./node.cjs",
    ...[report, trips, documents].flatMap((module) => [module.node, module.require]),
  ],
  // `import` takes the ES entries, `require` the CommonJS ones: neither needs Node's
  // require(esm) (20.19, 22.12), so every Node 20 and later loads the package either way.
  engines: { node: ">=20" },
};
writeFileSync(path, `${JSON.stringify(completed, null, 2)}\n`);
