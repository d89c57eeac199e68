// The npm README's examples run, so they cannot rot: each ```js block of pkg/README.md (the
// README npm shows) runs in a project that depends on the package, and prints what its
// `// prints:` comment says.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { PKG, project } from "./support.mjs";

const readme = readFileSync(join(PKG, "README.md"), "utf8");
const blocks = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1]);

test("the README has js examples", () => {
  assert.ok(blocks.length >= 2, `${blocks.length} blocks`);
});

blocks.forEach((code, index) => {
  test(`README example ${index + 1} prints what it says`, () => {
    const expected = [...code.matchAll(/^\/\/ prints: (.*)$/gm)].map((match) => match[1]);
    assert.ok(expected.length > 0, "the example says what it prints");
    const dir = project();
    const file = join(dir, `example-${index + 1}.mjs`);
    writeFileSync(file, code);
    const out = execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
    assert.deepEqual(out.trimEnd().split("\n"), expected);
  });
});
