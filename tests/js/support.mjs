// Shared by the tests of the built package: where things are, and a throwaway project that
// depends on the package as a user's would (node_modules/staycalc -> pkg/).
import { existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PKG = join(ROOT, "pkg");

if (!existsSync(join(PKG, "package.json"))) {
  throw new Error(`no package in ${PKG}: run \`make pkg\` first`);
}

/**
 * A fresh directory with `node_modules/staycalc` linked to the built package, removed when the
 * test process exits. Node and TypeScript resolve `"staycalc"` in it through package.json.
 */
export function project() {
  const dir = mkdtempSync(join(tmpdir(), "staycalc-js-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(PKG, join(dir, "node_modules", "staycalc"), "dir");
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Calls `run` and returns what it threw (failing when it throws nothing). */
export function thrown(run) {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}
