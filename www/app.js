// Loads the app's WebAssembly module (built by `make serve` into pkg/), mounts the app, and
// keeps it working offline (offline.js).
import init, { mountApp } from "./pkg/staycalc.js";
import { keepOffline } from "./offline.js";

// `#team` is the team view, a page of its own (team.html), when opened or typed later.
function teamWanted() {
  if (location.hash !== "#team") return false;
  location.replace("team.html");
  return true;
}
addEventListener("hashchange", teamWanted);

if (!teamWanted()) {
  await init({ module_or_path: new URL("./pkg/staycalc_bg.wasm", import.meta.url) });
  mountApp();
  keepOffline();
}
