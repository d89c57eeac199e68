// The package's entry under Node: it loads the WebAssembly synchronously from the file beside
// it, so every export works as soon as it is imported. The default export `init` (which a
// browser must await first) then resolves at once, so the same code runs in both.
import { readFileSync } from "node:fs";
import { initSync } from "./staycalc.js";

initSync({ module: readFileSync(new URL("./staycalc_bg.wasm", import.meta.url)) });

export * from "./staycalc.js";
export { default } from "./staycalc.js";
