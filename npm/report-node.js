// The Node entry of `staycalc/report`: it loads the report module's WebAssembly synchronously
// from the file beside it, so `report` works as soon as it is imported, as the main entry
// (../node.js) does for `staycalc`. The module is a WebAssembly instance of its own: importing
// `staycalc/report` does not load `staycalc`, nor the other way round.
import { readFileSync } from "node:fs";
import { initSync } from "./staycalc_report.js";

initSync({ module: readFileSync(new URL("./staycalc_report_bg.wasm", import.meta.url)) });

export * from "./staycalc_report.js";
export { default } from "./staycalc_report.js";
