// Loads the team bundle (the web app built with the feature `team`, into team-pkg/) and mounts
// the team view, and keeps it working offline (offline.js).
import init, { mountTeam } from "./team-pkg/staycalc.js";
import { keepOffline } from "./offline.js";

await init({ module_or_path: new URL("./team-pkg/staycalc_bg.wasm", import.meta.url) });
mountTeam();
keepOffline();
