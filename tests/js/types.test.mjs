// The package's TypeScript declarations: check.ts, which uses every export and type of both
// modules, compiles under `tsc --strict` against the built package resolved through its
// package.json, and the declarations never fall back to `any`.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { PKG, project } from "./support.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const tsc = join(here, "node_modules", "typescript", "bin", "tsc");

test("check.ts compiles with tsc --strict against pkg/", () => {
  const dir = project();
  copyFileSync(join(here, "check.ts"), join(dir, "check.ts"));
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: "es2022",
      module: "nodenext",
      moduleResolution: "nodenext",
      lib: ["es2022", "dom"],
      types: [],
      noUnusedLocals: true,
      exactOptionalPropertyTypes: true,
    },
    files: ["check.ts"],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  try {
    execFileSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
  } catch (error) {
    assert.fail(`tsc --strict failed:\n${error.stdout}${error.stderr}`);
  }
});

for (const [file, declares] of [
  ["staycalc.d.ts", "export interface Evaluation"],
  [join("report", "staycalc_report.d.ts"), "export interface TeamReport"],
]) {
  test(`the declarations of requests and answers in ${file} have no \`any\``, () => {
    const declarations = readFileSync(join(PKG, file), "utf8");
    // wasm-bindgen's raw `InitOutput` table (the WebAssembly exports) is its own; ours ends there.
    const ours = declarations.split("export type InitInput")[0];
    assert.ok(ours.includes(declares), "the custom section is in the file");
    const code = ours.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    assert.doesNotMatch(code, /\bany\b/);
  });
}
