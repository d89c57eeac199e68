// Loads the app's WebAssembly module (built by `make serve` into pkg/) and mounts the app.
import init, { mountApp } from "./pkg/staycalc.js";

await init({ module_or_path: new URL("./pkg/staycalc_bg.wasm", import.meta.url) });
mountApp();
