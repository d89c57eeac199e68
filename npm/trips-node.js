// The Node entry of `staycalc/trips`: it loads the travel-log module's WebAssembly
// synchronously from the file beside it, so `evaluateTrips` works as soon as it is imported, as
// the main entry (../node.js) does for `staycalc`. A WebAssembly instance of its own.
import { readFileSync } from "node:fs";
import { initSync } from "./staycalc_trips.js";

initSync({ module: readFileSync(new URL("./staycalc_trips_bg.wasm", import.meta.url)) });

export * from "./staycalc_trips.js";
export { default } from "./staycalc_trips.js";
